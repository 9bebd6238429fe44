import { expect } from '@open-wc/testing';
import type { Args, ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import * as helpOrgs from '../stories/help-orgs.stories.js';
import * as quickExit from '../stories/quick-exit.stories.js';
import * as reportCta from '../stories/report-cta.stories.js';
import * as signalChecklist from '../stories/signal-checklist.stories.js';
import { chosenAttributes } from '../stories/workbench/controls.js';
import { cspLine, fallbackOf, moduleFolder, placement, snippet } from '../stories/workbench/snippet.js';
import { matchLocale } from '../src/shared/locale.js';
import { shadowTree, waitFor } from './helpers.js';
import { expectNoTrace, observed, openPartnerPage } from './partner.js';

/*
 * Storybook's snippet block: what an editor copies reproduces the story. For every story whose
 * markup the controls make, the snippet (script tag with the built module's integrity hash, the
 * element with the chosen attributes, the fallback read from the story's widget) is pasted into
 * a partner page under the Content-Security-Policy the block gives, and the widget there must
 * show what the story shows: the same text and the same links.
 */

type StoriesModule = { default: Meta } & Record<string, StoryObj | Meta>;
const { integrity } = (await (await fetch('/dist/sri.json')).json()) as { integrity: string };

/** What a visitor reads and can follow: text per element, and every link. */
function seen(widget: Element) {
  const tree = [...shadowTree(widget.shadowRoot!)];
  return {
    text: tree
      .filter((el) => el.shadowRoot === null && el.children.length === 0)
      .map((el) => el.textContent!.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
    links: tree.filter((el) => el.hasAttribute('href')).map((el) => el.getAttribute('href')),
  };
}

/**
 * Waits until two widgets show the same, for parts that arrive after the first render (the steps
 * after a report are a file of their own); the assertion after it names any difference left.
 */
function settledAlike(a: Element, b: Element): Promise<void> {
  return waitFor(() => JSON.stringify(seen(a)) === JSON.stringify(seen(b))).catch(() => undefined);
}

/** Rendered in its language, nested widgets too. */
function shown(widget: Element, lang: string): boolean {
  const bases = [...shadowTree(widget.shadowRoot ?? widget)].filter((el) => el.matches('[part~="base"]'));
  const nested = [...shadowTree(widget.shadowRoot ?? widget)].filter((el) => el.localName === 'report-cta');
  return bases.length > nested.length && bases.every((base) => base.getAttribute('lang') === lang);
}

/** Stories whose widget the controls make: no markup of their own, no visitor state. */
function snippetStories({ default: meta, ...stories }: StoriesModule) {
  const argTypes = meta.argTypes as ArgTypes;
  return Object.entries(stories as Record<string, StoryObj>)
    .filter(([, story]) => !story.render && story.parameters?.snippet !== false)
    .map(([name, story]) => ({ name, meta, args: { ...meta.args, ...story.args } as Args, argTypes }))
    .filter(({ args, argTypes }) => Object.keys(args).every((arg) => argTypes[arg]?.table?.category === 'attributes'));
}

const modules: [string, StoriesModule][] = [
  ['report-cta', reportCta as unknown as StoriesModule],
  ['signal-checklist', signalChecklist as unknown as StoriesModule],
  ['help-orgs', helpOrgs as unknown as StoriesModule],
  ['quick-exit', quickExit as unknown as StoriesModule],
];

for (const [tag, module] of modules) {
  describe(`<${tag}>: the copied snippet on a strict-CSP partner page shows the story`, function () {
    this.timeout(30_000);
    const stories = snippetStories(module);

    it('has stories to compare', () => {
      expect(stories.length).to.be.greaterThan(2);
    });

    for (const { name, meta, args, argTypes } of stories) {
      it(name, async () => {
        const lang = matchLocale((args.lang as string | undefined) ?? 'nl');
        const story = document.createElement('div');
        document.body.append(story);
        let frame: HTMLIFrameElement | undefined;
        try {
          render(meta.render!(args, { argTypes } as never) as TemplateResult | HTMLElement, story);
          const widget = story.querySelector(tag)!;
          await waitFor(() => shown(widget, lang), `the story's widget did not render in ${lang}`);
          const code = snippet({
            tag,
            attributes: chosenAttributes(args, argTypes),
            fallback: fallbackOf(widget as HTMLElement),
            folder: moduleFolder('own', '/snippet-site/assets/mh/', ''),
            integrity,
          });
          frame = await openPartnerPage(`/snippet-site/?snippet=${encodeURIComponent(code)}&csp=${encodeURIComponent(cspLine('own'))}`);
          const pasted = frame.contentDocument!.querySelector(tag)!;
          await waitFor(() => shown(pasted, lang), `the pasted widget did not render in ${lang}`);
          await settledAlike(pasted, widget);
          expect(seen(pasted)).to.deep.equal(seen(widget));
          expectNoTrace(frame);
          // The markup says what the controls chose (a default may be left out)…
          for (const [name, value] of Object.entries(args)) {
            const written = pasted.getAttribute(name) ?? argTypes[name].table?.defaultValue?.summary ?? '';
            if (Array.isArray(value)) expect(written.split(' '), name).to.have.members(value);
            else if (typeof value === 'boolean') expect(pasted.hasAttribute(name), name).to.equal(value);
            else expect(written, name).to.equal(value);
          }
          // …and its fallback holds every number the widget shows, each a link to call: what a
          // visitor can tap before the script arrives.
          const fallback = pasted.textContent!;
          const fallbackCalls = [...pasted.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href'));
          for (const link of [...shadowTree(pasted.shadowRoot!)].filter((el) => el.matches('a[href^="tel:"]'))) {
            expect(fallback).to.contain(link.textContent!.replace(/^\D+/, '').trim());
            expect(fallbackCalls, 'a link to call it in the fallback').to.include(link.getAttribute('href'));
          }
        } finally {
          story.remove();
          frame?.remove();
        }
      });
    }
  });
}

/** A placement as a CMS saves what an editor typed: each line a paragraph of text. */
const asParagraphs = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => `<p>${line.replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!)}</p>`)
    .join('');

for (const [tag, module] of modules) {
  it(`<${tag}>: the CMS form of every story, typed as text on one CMS page, shows each story`, async function () {
    this.timeout(60_000);
    const stories = snippetStories(module);
    const holder = document.createElement('div');
    document.body.append(holder);
    let frame: HTMLIFrameElement | undefined;
    try {
      const rendered = stories.map(({ meta, args, argTypes }) => {
        const story = document.createElement('div');
        holder.append(story);
        render(meta.render!(args, { argTypes } as never) as TemplateResult | HTMLElement, story);
        return { widget: story.querySelector(tag)!, args, argTypes, lang: matchLocale((args.lang as string | undefined) ?? 'nl') };
      });
      await waitFor(() => rendered.every(({ widget, lang }) => shown(widget, lang)), 'a story did not render');
      const typed = rendered.map(({ widget, args, argTypes }) => placement(tag, chosenAttributes(args, argTypes), widget as HTMLElement));
      frame = await openPartnerPage(`/cms-site/?content=${encodeURIComponent(typed.map(asParagraphs).join(''))}`);
      const pasted = () => [...frame!.contentDocument!.querySelectorAll(tag)];
      await waitFor(() => pasted().length === rendered.length && pasted().every((w, i) => shown(w, rendered[i].lang)), 'placements did not render');
      await Promise.all(pasted().map((widget, i) => settledAlike(widget, rendered[i].widget)));
      pasted().forEach((widget, i) => expect(seen(widget), stories[i].name).to.deep.equal(seen(rendered[i].widget)));
      expect(observed(frame).warn).to.deep.equal([]);
      expectNoTrace(frame);
    } finally {
      holder.remove();
      frame?.remove();
    }
  });
}

describe('the snippet', () => {
  it("holds the element's numbers in its language as fallback, and leaves out defaults", async () => {
    const story = document.createElement('div');
    document.body.append(story);
    try {
      const args = { lang: 'en', channels: ['emergency', 'labour'], layout: 'card' };
      const meta = reportCta.default;
      render(meta.render!(args, { argTypes: meta.argTypes } as never) as HTMLElement, story);
      const widget = story.querySelector('report-cta')!;
      await waitFor(() => shown(widget, 'en'), 'not in English');
      const code = snippet({
        tag: 'report-cta',
        attributes: chosenAttributes(args, meta.argTypes as ArgTypes),
        fallback: fallbackOf(widget),
        folder: moduleFolder('own', '/pad/naar/mh', ''),
        integrity: 'sha384-x',
      });
      expect(code).to.equal(`<script type="module" src="/pad/naar/mh/mensenhandel-widgets.js" integrity="sha384-x"></script>

<report-cta channels="emergency labour" lang="en">
  <p>Report human trafficking</p>
  <ul>
    <li>Emergency number: <a href="tel:112">Call 112</a></li>
    <li>Nederlandse Arbeidsinspectie: <a href="tel:08005151">Call 0800-5151</a></li>
  </ul>
</report-cta>
`);
      expect(placement('report-cta', chosenAttributes(args, meta.argTypes as ArgTypes), widget)).to.equal(`[mensenhandel report-cta channels=emergency,labour lang=en]
Report human trafficking
Emergency number: Call 112
Nederlandse Arbeidsinspectie: Call 0800-5151
[/mensenhandel]
`);
    } finally {
      story.remove();
    }
  });
});
