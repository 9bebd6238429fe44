// WebKit, the engine of every browser on an iPhone, as WebKitGTK's MiniBrowser driven by
// WebKitWebDriver (Debian packages webkit2gtk-driver and xvfb). The driver needs a display, so it
// runs under `xvfb-run -a` on a port picked at run time (other test runs may be going on), in a
// process group of its own that is ended with the test run: normally, on failure and on Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const HOST = '127.0.0.1';

/** WebKitGTK installs its MiniBrowser under the architecture's library folder. */
const miniBrowser = () =>
  process.env.WEBKIT_MINIBROWSER_PATH ??
  ['x86_64-linux-gnu', 'aarch64-linux-gnu']
    .map((triplet) => `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts WebKitWebDriver on a free port under a virtual display; `end()` ends it and the display. */
async function startDriver() {
  const port = await freePort();
  // Our own X authority file: xvfb-run removes its own only when it ends by itself, not by a signal.
  const authDir = mkdtempSync(join(tmpdir(), 'webkit-xvfb-'));
  let stderr = '';
  const driver = spawn(
    'xvfb-run',
    ['-a', '-f', join(authDir, 'Xauthority'), 'WebKitWebDriver', `--host=${HOST}`, `--port=${port}`],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  driver.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  const started = new Promise((resolve, reject) => {
    driver.once('error', reject);
    driver.once('spawn', resolve);
  });

  const signal = (name) => {
    try {
      process.kill(-driver.pid, name);
    } catch {
      // the group has ended already
    }
  };
  // Synchronous, so it also runs on the way out of a crash or Ctrl-C.
  const endNow = () => {
    signal('SIGTERM');
    rmSync(authDir, { recursive: true, force: true });
  };
  process.once('exit', endNow);
  const end = async () => {
    signal('SIGTERM');
    if ((await Promise.race([exited, delay(5000, 'late')])) === 'late') signal('SIGKILL');
    // WebKit's helper processes notice their parent is gone; give them a moment, then make sure.
    await delay(200);
    signal('SIGKILL');
    rmSync(authDir, { recursive: true, force: true });
    process.off('exit', endNow);
  };

  try {
    await started;
    for (let tries = 0; ; tries += 1) {
      const status = await fetch(`http://${HOST}:${port}/status`).catch(() => undefined);
      if (status?.ok) break;
      const code = await Promise.race([exited, delay(100, 'running')]);
      if (code !== 'running' || tries > 300) throw new Error(`WebKitWebDriver did not start (${code}): ${stderr}`);
    }
  } catch (error) {
    await end();
    throw error;
  }
  return { port, end };
}

/** The driver is started when the test run first needs WebKit and stopped with the run. */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config, testFiles) {
    this.driverProcess = await startDriver();
    this.options.port = this.driverProcess.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    await this.driverProcess?.end();
    this.driverProcess = undefined;
  }
}

/** WebDriver's codes for the named keys tests use (https://w3c.github.io/webdriver/#keyboard-actions). */
const WEBDRIVER_KEYS = { Shift: '\uE008', Tab: '\uE004' };

/**
 * `executeServerCommand('key', { key, action })` with `action` one of `down`, `up`, `press`, in
 * every engine: the WebDriver side of @web/test-runner-commands' sendKeys knows only `press` and
 * `type`, so Shift could not be held for a capital or Shift+Tab. WebDriver keeps a key down per
 * input source, so every action goes through one source.
 */
export const keyPlugin = {
  name: 'key',
  async executeCommand({ command, payload, session }) {
    if (command !== 'key') return undefined;
    const { key, action } = payload;
    if (session.browser.type === 'webdriver') {
      const code = WEBDRIVER_KEYS[key] ?? key;
      const keyboard = session.browser.driver.action('key', { id: 'keyboard' });
      if (action !== 'up') keyboard.down(code);
      if (action !== 'down') keyboard.up(code);
      await keyboard.perform(true);
    } else {
      await session.browser.getPage(session.id).keyboard[action](key);
    }
    return true;
  },
};

export const webkitLauncher = () =>
  new WebKitLauncher({
    automationProtocol: 'webdriver',
    hostname: HOST,
    path: '/',
    // MiniBrowser has no headless mode (hence the virtual display), and the driver refuses a
    // browserName.
    capabilities: { 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } },
  });
