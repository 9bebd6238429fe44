/**
 * The CDN module: one script tag for every element. Each element's code is a file beside this
 * module, loaded the first time its tag is on the page, so a page that shows one widget pays for
 * one widget. Elements already in the page, added later (by a CMS, a framework, innerHTML) or
 * created before this script ran are all found.
 *
 * A slow connection pays a round trip for each file a widget waits for after another. So this
 * module requests everything a page's widgets need at once, in the round trip after its own:
 * the core (Lit and the shared pieces), each element's file and those it imports, and the
 * language files with the parts those widgets show, in the language the gate (shared/locale.ts)
 * will pick for them. The list comes from the build's chunk graph (cdn-files.ts).
 */
import { files, prefix } from './cdn-files.js';
import { sourceLocale } from './generated/locale-codes.js';
import { languageOf, matchLocale } from './shared/language-of.js';

const pending = new Set(Object.keys(files.elements));

/** Requests a file beside this module; where a site put the folder does not matter. */
const request = (file: string) => import(new URL(`${prefix}${file}.js`, import.meta.url).href);

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
    if (found.length === 0) continue;
    pending.delete(tag);
    Promise.all(files.elements[tag].map(request)).catch((error: unknown) =>
      // What the partner wrote inside the tag stays on the screen: the fallback without JavaScript.
      // Not the shared warnOnce(): it is in the core file, which may be what failed to load.
      console.warn(`[mensenhandel-widgets] could not load <${tag}> (${String(error)}); its fallback content stays.`),
    );
    for (const element of found) {
      const locale = matchLocale(languageOf(element));
      // A file is requested once per page, however often it is imported. The gate
      // (shared/locale.ts) imports these same files, and warns if one fails.
      if (locale !== sourceLocale) ['', ...(files.parts[tag] ?? [])].forEach((part) => request(`${locale}${part && `-${part}`}-${files.languages}`).catch(() => {}));
    }
  }
  if (pending.size === 0) watcher.disconnect();
}

const watcher = new MutationObserver(() => discover());
watcher.observe(document.documentElement, { childList: true, subtree: true });
discover();
