/**
 * The CDN module: one script tag for every element. Each element's code is a file beside this
 * module, loaded the first time its tag is on the page, so a page that shows one widget pays for
 * one widget. Elements already in the page, added later (by a CMS, a framework, innerHTML) or
 * created before this script ran are all found.
 *
 * This module imports nothing up front: a page without widgets loads nothing more, and a page
 * with widgets fetches the shared core together with the elements' files.
 */

/**
 * Lit and the shared pieces, which every element's file imports: fetched beside that file, since
 * a file names what it imports only once it has arrived.
 */
const core = () => import('./shared/define.js');

/** Each element's file (the checklist's imports <report-cta>'s, which holds its channels). */
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'report-cta': () => import('./define/report-cta.js'),
  'signal-checklist': () => import('./define/signal-checklist.js'),
  'help-orgs': () => import('./define/help-orgs.js'),
  'quick-exit': () => import('./define/quick-exit.js'),
};

const pending = new Set(Object.keys(ELEMENTS));

/**
 * Loads the elements used in `root`. The page is watched for you; call this for a shadow root of
 * your own that holds widgets, which the page's watcher cannot see into.
 */
export function discover(root: ParentNode = document): void {
  for (const tag of pending) {
    if (customElements.get(tag)) {
      // Another copy of the library defined it: its elements work, nothing to load.
      pending.delete(tag);
    } else if (root.querySelector(tag)) {
      pending.delete(tag);
      Promise.all([core(), ELEMENTS[tag]()]).catch((error: unknown) =>
        // What the partner wrote inside the tag stays on the screen: the fallback without JavaScript.
        // Not the shared warnOnce(): it is in the core file, which may be what failed to load.
        console.warn(`[mensenhandel-widgets] could not load <${tag}> (${String(error)}); its fallback content stays.`),
      );
    }
  }
  if (pending.size === 0) watcher.disconnect();
}

const watcher = new MutationObserver(() => discover());
watcher.observe(document.documentElement, { childList: true, subtree: true });
discover();
