import { expect } from '@open-wc/testing';
import { shownText, waitFor, warningsDuring } from './helpers.js';

// A site whose theme loads the CDN module while a plugin bundles the npm build: two copies of
// the library (and of Lit) on one page. The first defines the elements; the second skips them
// silently (same version); the widgets work; nothing throws.
describe('the CDN module and the npm build on one page', () => {
  it('defines each element once, without errors or warnings, and the widgets work', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    const el = document.createElement('report-cta');
    document.body.append(el);
    const checklist = document.createElement('signal-checklist');
    checklist.setAttribute('perspective', 'other');
    document.body.append(checklist);
    const warnings = await warningsDuring(async () => {
      await import('/dist/cdn/mensenhandel-widgets.js' as string);
      await waitFor(() => shownText(el).includes('Bel 112'), 'CDN copy did not render');
      const npm = await import('/dist/index.js' as string);
      expect(npm.VERSION).to.be.a('string');
      await waitFor(() => checklist.shadowRoot?.querySelector('input[type="checkbox"]'), 'checklist did not render');
    });
    window.removeEventListener('error', onError);
    expect(customElements.get('report-cta')).to.equal(el.constructor);
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('already defined'))).to.deep.equal([]);
    el.remove();
    checklist.remove();
  });
});
