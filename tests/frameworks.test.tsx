import { expect } from '@open-wc/testing';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createApp, nextTick } from 'vue';
import type { ReportCtaSelectDetail } from 'mensenhandel-widgets';
import { ReportCtaExample as ReactExample } from '../examples/react/ReportCtaExample.js';
import { ReportCtaExample as VueExample, isCustomElement } from '../examples/vue/ReportCtaExample.js';
import { rendered, telLinks } from './helpers.js';

// The examples import the npm build (dist/), as an app that installed the package does.

async function useWidget(container: HTMLElement, received: ReportCtaSelectDetail[]) {
  const widget = await rendered(container.querySelector('report-cta')!);
  // Frameworks set `layout` as a property (the element has one), not as an attribute.
  const layout = () => widget.shadowRoot!.querySelector('section')!.className;
  expect(layout()).to.equal('card');
  expect(widget.shadowRoot!.querySelector('h3')).to.exist;
  expect(telLinks(widget)).to.have.length(3);

  container.querySelector('button')!.click();
  await nextTick();
  await widget.updateComplete;
  expect(layout()).to.equal('compact');

  const stop = (event: Event) => event.preventDefault();
  window.addEventListener('click', stop);
  widget.shadowRoot!.querySelector<HTMLElement>('a[href="tel:08007000"]')!.click();
  window.removeEventListener('click', stop);
  expect(received).to.deep.equal([{ channel: 'anonymous', via: 'phone' }]);
}

describe('framework examples', () => {
  it('React 19: attributes, re-renders and events without wrappers', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const received: ReportCtaSelectDetail[] = [];
    const root = createRoot(container);
    flushSync(() => root.render(<ReactExample onSelect={(detail) => received.push(detail)} />));
    try {
      await useWidget(container, received);
    } finally {
      root.unmount();
      container.remove();
    }
  });

  it('Vue 3: attributes, re-renders and events with isCustomElement', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const received: ReportCtaSelectDetail[] = [];
    const app = createApp(VueExample, { onSelect: (detail: ReportCtaSelectDetail) => received.push(detail) });
    app.config.compilerOptions.isCustomElement = isCustomElement;
    app.mount(container);
    try {
      await useWidget(container, received);
    } finally {
      app.unmount();
      container.remove();
    }
  });
});
