import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/shared/define.js';
import { VERSION } from '../../src/shared/version.js';
import { warningsDuring } from '../helpers.js';

describe('defineElement', () => {
  it('defines a free tag', () => {
    class Free extends HTMLElement {}
    defineElement('mh-test-free', Free);
    expect(customElements.get('mh-test-free')).to.equal(Free);
  });

  it('skips a tag taken by the same version silently, as when a page loads the script twice', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings = await warningsDuring(() => {
      defineElement('mh-test-twice', First);
      defineElement('mh-test-twice', Second);
    });
    expect(customElements.get('mh-test-twice')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, without throwing, when another version or script holds the tag', async () => {
    class Theirs extends HTMLElement {}
    customElements.define('mh-test-theirs', Theirs);
    const warnings = await warningsDuring(() => defineElement('mh-test-theirs', class extends HTMLElement {}));
    expect(customElements.get('mh-test-theirs')).to.equal(Theirs);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<mh-test-theirs>').and.contain(VERSION);
  });

  it('does not throw for a name the browser refuses', async () => {
    const warnings = await warningsDuring(() => defineElement('NoDash', class extends HTMLElement {}));
    expect(warnings).to.have.length(1);
  });

  it('carries the version in package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
