// A second tab, driven from the test server, for what a test page cannot do to itself: leave a
// page and come back to it with the browser's Back, as a visitor does. The tab is a top-level page
// with no opener (a page another window can script is never kept in Chromium's back/forward
// cache), in the same browser as the test page: Chromium and Firefox through puppeteer, WebKit
// through WebDriver.
import { setTimeout as delay } from 'node:timers/promises';

/** Each test session's tab: a puppeteer page, or a WebDriver window handle and the test page's. */
const tabs = new Map();

/** Evaluates `source` (a function's text) in the tab and returns what it resolves to. */
async function run(session, tab, source) {
  if (session.browser.type === 'webdriver') return session.browser.driver.execute(`return (${source})();`);
  return tab.page.evaluate(`(${source})()`);
}

/** Until the tab shows `href` and has loaded; a navigation in progress makes a script fail, so try again. */
async function arrive(session, tab, href) {
  for (const end = Date.now() + 15000; Date.now() < end; await delay(100)) {
    const at = await run(session, tab, '() => document.readyState === "complete" && location.href').catch(() => false);
    if (at === href) return;
  }
  throw new Error(`the tab did not arrive at ${href}`);
}

/**
 * `executeServerCommand('tab', { action, path, script })`:
 * - `open` a new tab at `path` (on the test server), once it has loaded;
 * - `goto` another `path` in it, as following a link does;
 * - `back`: the browser's Back, until the page before shows again;
 * - `run` `script`, the text of a function, in the tab's page: returns `{ value }`, its (awaited) result;
 * - `close` the tab, back to the test page.
 */
export const tabPlugin = {
  name: 'tab',
  async executeCommand({ command, payload, session }) {
    if (command !== 'tab') return undefined;
    const { action, path, script } = payload;
    const webdriver = session.browser.type === 'webdriver';
    const driver = session.browser.driver;
    let tab = tabs.get(session.id);
    const origin = new URL(webdriver ? await session.browser.getBrowserUrl(session.id) : session.browser.getPage(session.id).url()).origin;
    const href = path && new URL(path, origin).href;
    switch (action) {
      case 'open':
        if (tab) throw new Error('a tab is open already');
        if (webdriver) {
          // WebDriver's New Window: a top-level tab with no opener (webdriverio's newWindow() uses window.open).
          tab = { home: await driver.getWindowHandle(), history: [] };
          const { handle } = await driver.createWindow('tab');
          tab.handle = handle;
          await driver.switchToWindow(handle);
          await driver.url(href);
        } else {
          tab = { page: await session.browser.getPage(session.id).browserContext().newPage(), history: [] };
          await tab.page.goto(href);
        }
        tabs.set(session.id, tab);
        tab.history.push(href);
        return arrive(session, tab, href).then(() => true);
      case 'goto':
        tab.history.push(href);
        if (webdriver) await driver.url(href);
        else await tab.page.goto(href);
        return arrive(session, tab, href).then(() => true);
      case 'back':
        tab.history.pop();
        await run(session, tab, '() => history.back()');
        return arrive(session, tab, tab.history.at(-1)).then(() => true);
      case 'run':
        // Wrapped: a command that answers undefined counts as not handled.
        return { value: (await run(session, tab, script)) ?? null };
      case 'close':
        tabs.delete(session.id);
        if (!tab) return true;
        if (webdriver) {
          if (tab.handle) {
            await driver.switchToWindow(tab.handle);
            await driver.closeWindow();
          }
          await driver.switchToWindow(tab.home);
        } else {
          await tab.page.close();
          await session.browser.getPage(session.id).bringToFront();
        }
        return true;
      default:
        throw new Error(`tab: unknown action ${action}`);
    }
  },
};
