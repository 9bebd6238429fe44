import { expect } from '@open-wc/testing';
import { PLACEMENT_ATTRIBUTES } from '../src/cms/placements.js';
import { telLinks, waitFor } from './helpers.js';
import { expectNoTrace, observed, openPartnerPage } from './partner.js';

/*
 * A web editor without HTML rights places a widget as text (docs/cms.md). The real editors keep
 * it: CKEditor 5 with the plugins of Drupal's "Basic HTML" format (no General HTML Support),
 * TinyMCE with its defaults, and WordPress's wp_kses_post (run by php-cli with Debian's
 * wordpress package, see tests/cms/). What each kept is put on a page under a strict CSP with
 * the CMS module in <head>, and a working widget must appear there.
 */

type Editor = (html: string) => Promise<string>;

interface ClassicEditorInstance {
  setData(html: string): void;
  getData(): string;
  destroy(): Promise<unknown>;
}
interface TinyEditor {
  setContent(html: string): void;
  getContent(): string;
  remove(): void;
}

const CKEDITOR = '/cms/editors/ckeditor5/dist/browser/ckeditor5.js';

/** CKEditor 5 as Drupal's Basic HTML format configures it: no General HTML Support. */
async function ckeditor(): Promise<{ run: Editor; close: () => Promise<unknown> }> {
  const ck = (await import(/* @vite-ignore */ CKEDITOR)) as Record<string, unknown> & {
    ClassicEditor: { create(element: HTMLElement, config: object): Promise<ClassicEditorInstance> };
  };
  const host = document.createElement('div');
  document.body.append(host);
  const plugins = ['Essentials', 'Paragraph', 'Heading', 'Link', 'Bold', 'Italic', 'List', 'BlockQuote'].map((name) => ck[name]);
  const editor = await ck.ClassicEditor.create(host, { licenseKey: 'GPL', plugins });
  return {
    run: async (html) => {
      editor.setData(html);
      return editor.getData();
    },
    close: () => editor.destroy().then(() => document.querySelector('.ck-editor')?.remove()),
  };
}

/** TinyMCE with its default configuration. */
async function tinymce(): Promise<{ run: Editor; close: () => Promise<unknown> }> {
  const script = document.createElement('script');
  script.src = '/cms/editors/tinymce/tinymce.min.js';
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  const tiny = (window as unknown as { tinymce: { init(config: object): Promise<TinyEditor[]> } }).tinymce;
  const target = document.createElement('textarea');
  document.body.append(target);
  const [editor] = await tiny.init({ target, license_key: 'gpl', base_url: '/cms/editors/tinymce', suffix: '.min' });
  // TinyMCE keeps notes in the test page's web storage, which the CMS page shares: not the widget's.
  const forget = () => [localStorage, sessionStorage].forEach((storage) => storage.clear());
  forget();
  return {
    run: async (html) => {
      editor.setContent(html);
      const kept = editor.getContent();
      forget();
      return kept;
    },
    close: async () => {
      editor.remove();
      target.remove();
    },
  };
}

/**
 * WordPress: what a post keeps when saved by an author without unfiltered_html, and shows; with
 * `plugin`, our built plugin is active, and `head` holds the script tags it added.
 */
async function wordpress(html: string, plugin = false): Promise<{ saved: string; shown: string; head: string }> {
  const response = await fetch(`/cms/wordpress${plugin ? '?plugin' : ''}`, { method: 'POST', body: html });
  return (await response.json()) as { saved: string; shown: string; head: string };
}

/** The placement and fallback an editor writes: the help lines as text with phone links. */
const PLACEMENT = [
  '<p>[mensenhandel report-cta channels=emergency,police]</p>',
  '<p>In gevaar? Bel <a href="tel:112">112</a>. Geen spoed: politie <a href="tel:09008844">0900-8844</a>.</p>',
  '<p>[/mensenhandel]</p>',
].join('');
/** The README's HTML form, which the editors strip. */
const ELEMENT =
  '<report-cta channels="emergency police"><p>In gevaar? Bel <a href="tel:112">112</a>. Of kijk op <a href="https://www.politie.nl/">politie.nl</a>.</p></report-cta>';
/** What an attacker with an editor's account might try. */
const HOSTILE = [
  '<p>[mensenhandel evil-widget]</p>',
  '<script>alert(1)</script>',
  '<p><a href="javascript:alert(1)">klik</a> <img src="/cms/missing.png" onerror="alert(1)"></p>',
  '<p>[mensenhandel report-cta channels="<img src=/cms/missing.png onerror=alert(1)>"]</p>',
].join('');

const widgets = (frame: HTMLIFrameElement) => [...frame.contentDocument!.querySelectorAll('report-cta, signal-checklist, help-orgs, quick-exit')];
const mainText = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('main')!.textContent!;

/** The CMS page with `content` in <main>, once its first widget has rendered its call links. */
async function cmsPage(content: string, widgetCount = 1, query = ''): Promise<HTMLIFrameElement> {
  const frame = await openPartnerPage(`/cms-site/?content=${encodeURIComponent(content)}${query}`);
  if (widgetCount > 0) {
    await waitFor(
      () => widgets(frame).length >= widgetCount && widgets(frame).every((w) => w.shadowRoot?.querySelector('a[href], button')),
      'widgets did not render',
    );
  }
  return frame;
}

/** Scripts, event handlers and javascript: addresses under `root`. */
const active = (root: Element) =>
  [...root.querySelectorAll('*')]
    .filter((el) => el.localName === 'script' || [...el.attributes].some((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value)))
    .map((el) => el.outerHTML);

/**
 * What an editor kept of HOSTILE, on the page: the module adds nothing that runs (CKEditor 5
 * keeps a javascript: link in its data; that one is the CMS's to filter), one warning.
 */
async function expectHarmless(kept: string): Promise<void> {
  const frame = await cmsPage(kept, 0);
  try {
    await waitFor(() => observed(frame).warn.length > 0, 'no warning');
    const main = frame.contentDocument!.querySelector('main')!;
    expect(active(main)).to.deep.equal(active(new DOMParser().parseFromString(kept, 'text/html').body));
    expect(main.querySelector('script')).to.equal(null);
    expect(widgets(frame).length).to.be.at.most(1);
    expect(mainText(frame)).to.contain('[mensenhandel evil-widget]');
    expect(observed(frame).warn).to.have.length(1);
    expectNoTrace(frame);
  } finally {
    frame.remove();
  }
}

/** The checks for a placement that went through an editor: a working widget, its fallback, no trace. */
async function expectWidgetFrom(content: string): Promise<void> {
  const frame = await cmsPage(content);
  try {
    const [widget] = widgets(frame);
    expect(widget.localName).to.equal('report-cta');
    expect(telLinks(widget)).to.deep.equal(['tel:112', 'tel:09008844']);
    // The editor's fallback is the widget's own now, hidden while the widget shows.
    expect(widget.textContent).to.contain('0900-8844');
    expect(widget.querySelector('a[href="tel:112"]')!.getClientRects().length).to.equal(0);
    expect(mainText(frame)).not.to.contain('[mensenhandel');
    expect(mainText(frame)).not.to.contain('[/mensenhandel]');
    expect(observed(frame).warn).to.deep.equal([]);
    expectNoTrace(frame);
  } finally {
    frame.remove();
  }
}

describe('a placement through the real editors', () => {
  const editors = [
    ['CKEditor 5 (Drupal Basic HTML: no General HTML Support)', ckeditor],
    ['TinyMCE (defaults)', tinymce],
  ] as const;
  for (const [name, open] of editors) {
    describe(name, function () {
      // An editor is megabytes of code: on a machine busy with other browsers, more than mocha's 10 s to start.
      this.timeout(30_000);
      let editor: Awaited<ReturnType<typeof open>>;
      before(async () => {
        editor = await open();
      });
      after(() => editor.close());

      it('drops the HTML element and keeps its text', async () => {
        const kept = await editor.run(ELEMENT);
        expect(kept).not.to.contain('report-cta');
        expect(kept).to.contain('href="tel:112"');
        expect(kept).to.contain('href="https://www.politie.nl/"');
      });

      it('keeps of hostile content only what the page shows as text', async () => {
        await expectHarmless(await editor.run(HOSTILE));
      });

      it('keeps the placement, whose page shows a working widget', async () => {
        const kept = await editor.run(PLACEMENT);
        expect(kept).to.contain('[mensenhandel report-cta channels=emergency,police]');
        await expectWidgetFrom(kept);
      });
    });
  }

  describe("WordPress (wp_kses_post, for authors and editors without unfiltered_html)", () => {
    it('drops the HTML element and keeps its text', async () => {
      const { saved } = await wordpress(ELEMENT);
      expect(saved).not.to.contain('report-cta');
      expect(saved).to.contain('href="tel:112"');
      expect(saved).to.contain('href="https://www.politie.nl/"');
    });

    it('keeps of hostile content only what the page shows as text', async () => {
      await expectHarmless((await wordpress(HOSTILE)).shown);
    });

    it('keeps the placement, whose page shows a working widget', async () => {
      const { saved, shown } = await wordpress(PLACEMENT);
      expect(saved).to.equal(PLACEMENT);
      await expectWidgetFrom(shown);
    });

    it('keeps a placement typed as lines, with quotes that WordPress curls when it shows them', async () => {
      const typed = '[mensenhandel report-cta channels="emergency police"]\nIn gevaar? Bel <a href="tel:112">112</a>. Geen spoed: politie <a href="tel:09008844">0900-8844</a>.\n[/mensenhandel]';
      const { shown } = await wordpress(typed);
      expect(shown).to.contain('&#8221;'); // the proof that the quotes were curled
      expect(shown).to.match(/^<p>\[mensenhandel[^<]*<br \/>/); // one paragraph, lines broken
      await expectWidgetFrom(shown);
    });
  });
});

describe('the WordPress plugin (dist/wordpress/mensenhandel-widgets.zip) with WordPress\'s own code', () => {
  /** The WordPress page: its <head> as WordPress printed it, the post as it shows it. */
  const wordpressPage = ({ head, shown }: { head: string; shown: string }) =>
    openPartnerPage(`/wp-site/?head=${encodeURIComponent(head)}&content=${encodeURIComponent(shown)}`);

  it('adds the CMS module to <head> once, as a module, at one address', async () => {
    const { head } = await wordpress('<p>Tekst.</p>', true);
    const scripts = new DOMParser().parseFromString(head, 'text/html').querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(scripts[0].type).to.equal('module');
    // No ?ver=: the module's other files import it by its exact address.
    expect(new URL(scripts[0].getAttribute('src')!).pathname).to.equal('/wp-site/wp-content/plugins/mensenhandel-widgets/cdn/mensenhandel-widgets-cms.js');
    expect(new URL(scripts[0].getAttribute('src')!).search).to.equal('');
  });

  for (const [form, post] of [
    ['as paragraphs', PLACEMENT],
    ['as lines, with quotes', '[mensenhandel report-cta channels="emergency police"]\nIn gevaar? Bel <a href="tel:112">112</a>. Geen spoed: politie <a href="tel:09008844">0900-8844</a>.\n[/mensenhandel]'],
  ]) {
    it(`writes a placement typed ${form} as the widget's element, which works on the page`, async () => {
      const result = await wordpress(post, true);
      const written = new DOMParser().parseFromString(result.shown, 'text/html').body;
      expect(written.querySelector('report-cta')!.getAttribute('channels')).to.equal('emergency police');
      expect(written.querySelectorAll('p:empty')).to.have.length(0);
      const frame = await wordpressPage(result);
      try {
        const widget = frame.contentDocument!.querySelector('report-cta')!;
        await waitFor(() => widget.shadowRoot?.querySelector('a[href^="tel:"]'), 'widget did not render');
        expect(telLinks(widget)).to.deep.equal(['tel:112', 'tel:09008844']);
        expect(widget.textContent).to.contain('0900-8844');
        expect(mainText(frame)).not.to.contain('mensenhandel report-cta');
        expect(observed(frame).warn).to.deep.equal([]);
        expectNoTrace(frame);
      } finally {
        frame.remove();
      }
    });
  }

  it('writes only what the settings allow, and for an unknown widget only its fallback', async () => {
    const { shown } = await wordpress(
      '<p>[mensenhandel quick-exit position=inline onclick=alert(1) href=javascript:alert(1) safety-href="/veilig"]</p>' +
        '<p>[mensenhandel evil-widget]Bel 112.[/mensenhandel]</p>',
      true,
    );
    const written = new DOMParser().parseFromString(shown, 'text/html').body;
    const exit = written.querySelector('quick-exit')!;
    expect([...exit.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal(['position=inline', 'safety-href=/veilig']);
    expect(written.querySelector('evil-widget')).to.equal(null);
    expect(written.textContent).to.contain('Bel 112.');
    expect(active(written)).to.deep.equal([]);
  });
});

describe('placements on a page', () => {
  it("accept each widget's public attributes as its manifest lists them, and an id", async () => {
    type Declaration = { tagName?: string; attributes?: { name: string; type?: { text: string } }[] };
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    const widgetsInManifest = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const flags = (kinds: Record<string, string>) => Object.keys(kinds).filter((name) => kinds[name] === 'flag').sort();
    expect(widgetsInManifest.map((d) => d.tagName).sort()).to.deep.equal(Object.keys(PLACEMENT_ATTRIBUTES).sort());
    for (const { tagName, attributes = [] } of widgetsInManifest) {
      // The analyzer also lists internal state under its property name (camelCase): not attributes.
      const public_ = attributes.filter((a) => /^[a-z-]+$/.test(a.name));
      const kinds = PLACEMENT_ATTRIBUTES[tagName!];
      expect(Object.keys(kinds).sort(), tagName).to.deep.equal([...public_.map((a) => a.name), 'id'].sort());
      expect(flags(kinds), tagName).to.deep.equal(public_.filter((a) => a.type?.text === 'boolean').map((a) => a.name).sort());
    }
    // Written out here, not derived as the build derives them: the attributes read as addresses
    // (an https: address or a path on the site) and as flags, the rest as words.
    const byKind = (wanted: string) =>
      Object.entries(PLACEMENT_ATTRIBUTES).flatMap(([tag, kinds]) => Object.keys(kinds).filter((name) => kinds[name] === wanted).map((name) => `${tag} ${name}`)).sort();
    expect(byKind('url')).to.deep.equal(['help-orgs src', 'quick-exit href', 'quick-exit safety-href']);
    expect(byKind('flag')).to.deep.equal([
      'help-orgs filterable',
      'help-orgs language-picker',
      'quick-exit language-picker',
      'report-cta language-picker',
      'report-cta steps',
      'signal-checklist language-picker',
      'signal-checklist recordable',
    ]);
  });

  it('become widgets also when added later, one per placement, with every widget and setting', async () => {
    const frame = await cmsPage('<p>Tekst van de gemeente.</p>', 0);
    try {
      const main = frame.contentDocument!.querySelector('main')!;
      for (const line of [
        '[mensenhandel quick-exit position=inline shortcut=none]',
        '[mensenhandel signal-checklist id=check forms=labour perspective=other]',
        '[mensenhandel help-orgs for=check forms=labour filterable]',
        '[mensenhandel report-cta channels=emergency layout=compact steps lang=en]',
      ]) {
        const p = frame.contentDocument!.createElement('p');
        p.textContent = line;
        main.append(p);
      }
      await waitFor(() => widgets(frame).length === 4 && widgets(frame).every((w) => w.shadowRoot?.querySelector('a[href], button')), 'no widgets');
      expect(widgets(frame).map((w) => [w.localName, ...[...w.attributes].map((a) => `${a.name}=${a.value}`)])).to.deep.equal([
        ['quick-exit', 'position=inline', 'shortcut=none'],
        ['signal-checklist', 'id=check', 'forms=labour', 'perspective=other'],
        ['help-orgs', 'for=check', 'forms=labour', 'filterable='],
        ['report-cta', 'channels=emergency', 'layout=compact', 'steps=', 'lang=en'],
      ]);
      const cta = widgets(frame)[3];
      await waitFor(() => cta.shadowRoot!.textContent!.includes('Call 112'), 'report-cta not in English');
      expect(telLinks(cta)).to.deep.equal(['tel:112']);
      expect(main.querySelectorAll('p').length).to.equal(1); // the placements' paragraphs are gone
      expect(observed(frame).warn).to.deep.equal([]);
      expectNoTrace(frame);
    } finally {
      frame.remove();
    }
  });

  it("docs/cms.md's placements, one per widget, each as paragraphs, become working widgets without a warning", async () => {
    const docs = await (await fetch('/docs/cms.md')).text();
    const placements = [...docs.matchAll(/```text\n([\s\S]*?)```/g)].map(([, lines]) => lines.trim());
    expect(placements.map((p) => /^\[mensenhandel ([a-z-]+)/.exec(p)?.[1])).to.deep.equal(['report-cta', 'signal-checklist', 'help-orgs', 'quick-exit']);
    const content = placements.flatMap((p) => p.split('\n').map((line) => `<p>${line}</p>`)).join('');
    const frame = await cmsPage(content, 4);
    try {
      expect(widgets(frame).map((w) => w.localName)).to.deep.equal(['report-cta', 'signal-checklist', 'help-orgs', 'quick-exit']);
      expect(telLinks(widgets(frame)[0])).to.deep.equal(['tel:112', 'tel:09008844', 'tel:08007000']);
      expect(mainText(frame)).not.to.contain('[mensenhandel');
      expect(observed(frame).warn).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('stay text where they are an example: in code, in a text being edited', async () => {
    const frame = await cmsPage(
      '<p>Typ <code>[mensenhandel report-cta]</code> in een alinea.</p><div contenteditable>[mensenhandel report-cta]</div><p>[mensenhandel report-cta]</p>',
    );
    try {
      expect(widgets(frame)).to.have.length(1);
      expect(frame.contentDocument!.querySelector('code')!.textContent).to.equal('[mensenhandel report-cta]');
      expect(frame.contentDocument!.querySelector('[contenteditable]')!.textContent).to.equal('[mensenhandel report-cta]');
    } finally {
      frame.remove();
    }
  });

  it('are upgraded once when the module is added twice', async () => {
    const frame = await cmsPage(PLACEMENT, 1, '&copies=2');
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(widgets(frame)).to.have.length(1);
      expect(telLinks(widgets(frame)[0])).to.deep.equal(['tel:112', 'tel:09008844']);
      expect(observed(frame).warn).to.deep.equal([]);
      expectNoTrace(frame);
    } finally {
      frame.remove();
    }
  });
});

describe('hostile placements', () => {
  /** Runs `content` through every editor's path onto the page, as text: nothing but text may come of it. */
  async function hostile(content: string, widgetCount: number) {
    const frame = await cmsPage(content, widgetCount);
    await waitFor(() => observed(frame).warn.length > 0, 'no warning');
    await new Promise((resolve) => setTimeout(resolve, 100));
    return frame;
  }

  it('an unknown widget stays text, with one warning', async () => {
    const frame = await hostile('<p>[mensenhandel evil-widget]</p><p>[mensenhandel script]</p><p>Bel 112.</p>', 0);
    try {
      expect(widgets(frame)).to.have.length(0);
      expect(frame.contentDocument!.querySelector('evil-widget, script:not([src])')).to.equal(null);
      expect(mainText(frame)).to.contain('[mensenhandel evil-widget]');
      expect(observed(frame).warn).to.have.length(1);
      expect(observed(frame).warn[0]).to.contain('names no widget');
      expectNoTrace(frame);
    } finally {
      frame.remove();
    }
  });

  it('a javascript: address and markup in a value are left out, with one warning; the widget still helps', async () => {
    // Markup as the editors save it: text, its brackets escaped.
    const frame = await hostile(
      '<p>[mensenhandel quick-exit position=inline href=javascript:alert(1) safety-href="&lt;img src=x onerror=alert(1)&gt;"]</p>' +
        '<p>[mensenhandel report-cta channels="&lt;script&gt;alert(1)&lt;/script&gt;" onclick=alert(1)]</p>',
      2,
    );
    try {
      const [exit, cta] = widgets(frame);
      expect([...exit.attributes].map((a) => a.name)).to.deep.equal(['position']);
      expect([...cta.attributes].map((a) => a.name)).to.deep.equal([]);
      expect(exit.shadowRoot!.querySelector('a')!.getAttribute('href')).to.match(/^https:/);
      expect(telLinks(cta)).to.include('tel:112');
      expect(frame.contentDocument!.querySelector('img, script:not([src])')).to.equal(null);
      expect(observed(frame).warn).to.have.length(1);
      expect(observed(frame).warn[0]).to.contain('javascript:alert(1)');
      expectNoTrace(frame);
    } finally {
      frame.remove();
    }
  });

  it('thousands of placements: the first 20 become widgets, the rest stay text, one warning', async () => {
    const frame = await cmsPage('<p>Tekst.</p>', 0);
    try {
      const doc = frame.contentDocument!;
      const block = doc.createElement('div');
      for (let i = 0; i < 3000; i += 1) {
        const p = doc.createElement('p');
        p.textContent = '[mensenhandel quick-exit position=inline]';
        block.append(p);
      }
      doc.querySelector('main')!.append(block);
      await waitFor(() => observed(frame).warn.length > 0, 'no warning');
      expect(widgets(frame)).to.have.length(20);
      expect(block.querySelectorAll('p')).to.have.length(2980);
      expect(observed(frame).warn).to.have.length(1);
      expect(observed(frame).warn[0]).to.contain('More than 20 placements');
      expectNoTrace(frame);
    } finally {
      frame.remove();
    }
  });
});
