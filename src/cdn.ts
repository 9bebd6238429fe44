/**
 * The CDN module: one script tag for every element. Each element's code is a file beside this
 * module, loaded the first time its tag is on the page, so a page that shows one widget pays for
 * one widget. Elements already in the page, added later (by a CMS, a framework, innerHTML) or
 * created before this script ran are all found.
 *
 * A slow connection pays a round trip for each file a widget waits for after another. So this
 * module requests everything a page's widgets need at once, in the round trip after its own:
 * each element's file, the core (Lit and the shared pieces) and whatever else they import or
 * request as they load, and the language file with the element's part of it and the translation
 * machinery, in the language the gate (shared/locale.ts) will pick for each widget. The list
 * comes from the build's chunk graph (cdn-files.ts). A page without widgets loads nothing more.
 */
import { elements, languages, parts, prefix, translations } from './cdn-files.js';
import { sourceLocale } from './generated/locale-codes.js';
import { languageOf, matchLocale } from './shared/language-of.js';

const pending = new Set(Object.keys(elements));

/**
 * Requests a file beside this module, once for the page (import() resolves it against this
 * module's URL, wherever a site put the folder); `failed` hears if it could not be loaded.
 */
const request = (file: string, failed: (error: unknown) => void = () => {}): void =>
  void import(`./${prefix}${file}.js`).catch(failed);

/**
 * Loads the elements used in `root`. The page is watched for you; call this for a shadow root of
 * your own that holds widgets, which the page's watcher cannot see into.
 */
export function discover(root: ParentNode = document): void {
  for (const tag of pending) {
    if (customElements.get(tag)) {
      // Another copy of the library defined it: its elements work, nothing to load.
      pending.delete(tag);
      continue;
    }
    const found = root.querySelectorAll(tag);
    if (!found.length) continue;
    pending.delete(tag);
    const files = [...elements[tag]];
    const own = files.pop()!;
    for (const element of found) {
      const locale = matchLocale(languageOf(element));
      if (locale !== sourceLocale) files.push(translations, `${locale}-${languages}`, ...(parts.includes(tag) ? [`${locale}-${tag}-${languages}`] : []));
    }
    // The files it requests as it loads, and the language files, warn where they are used.
    files.forEach((file) => request(file));
    // Its own file imports the rest of its code, so it fails if any of that does.
    request(own, (error) =>
      // What the partner wrote inside the tag stays on the screen: the fallback without JavaScript.
      // Not the shared warnOnce(): it is in the core file, which may be what failed to load.
      console.warn(`[mensenhandel-widgets] could not load <${tag}> (${String(error)}); its fallback content stays.`),
    );
  }
  if (pending.size === 0) watcher.disconnect();
}

const watcher = new MutationObserver(() => discover());
watcher.observe(document.documentElement, { childList: true, subtree: true });
discover();
