import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/*
 * For tests/cms.test.ts. POST /cms/wordpress runs WordPress's own code on the posted text
 * (tests/cms/wordpress.php, with Debian's wordpress package) and answers what a post keeps when
 * saved and what it shows; with ?plugin, the built plugin (dist/wordpress/mensenhandel-widgets.zip)
 * is unzipped into a WordPress content folder of its own and active, and the answer has the
 * script tags it adds to <head>. /cms-site/?content=… is a CMS page under a strict Content-
 * Security-Policy: the CMS module added once in <head> (from dist/cdn/, copied to
 * /cms-site/assets/mh/) and the content in <main>, as the CMS writes it. /wp-site/?head=…&content=…
 * is the WordPress page: its <head> as WordPress printed it, the plugin's files served from the zip.
 * /cms/editors/ckeditor5/… and /cms/editors/tinymce/… are the editors' npm packages.
 */
const PLUGINS = '/wp-site/wp-content/plugins/';
let content;

/** The zip, unzipped afresh (a build may have replaced it): WordPress's content folder. */
function unzipPlugin() {
  content = mkdtempSync(join(tmpdir(), 'mh-wordpress-'));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync('dist/wordpress/mensenhandel-widgets.zip')))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(content, 'plugins', path)), { recursive: true });
    writeFileSync(join(content, 'plugins', path), bytes);
  }
  return join(content, 'plugins/mensenhandel-widgets/mensenhandel-widgets.php');
}

const wordpress = (post, plugin, origin) =>
  new Promise((resolve, reject) => {
    const args = ['tests/cms/wordpress.php', ...(plugin ? [unzipPlugin()] : [])];
    const env = { ...process.env, WP_PLUGIN_URL: `${origin}${PLUGINS.slice(0, -1)}` };
    const php = execFile('php', args, { timeout: 10000, env }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message} ${stderr}`)) : resolve(stdout),
    );
    php.stdin.end(post);
  });

const readBody = (request) =>
  new Promise((resolve) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });

/** A municipality's page, with `head` (its scripts) and `content` in <main>, watched by watch.js. */
export const partnerPage = (head, content) => `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Gemeente Voorbeeld – Mensenhandel</title>
    <script src="/tests/partner-site/watch.js"></script>
    ${head}
    <link rel="stylesheet" href="/tests/partner-site/site.css" />
  </head>
  <body>
    <main>
      <h1>Mensenhandel</h1>
      ${content}
    </main>
  </body>
</html>`;

export async function cmsSites(context, next) {
  if (context.path === '/cms/wordpress' && context.method === 'POST') {
    context.type = 'json';
    context.body = await wordpress(await readBody(context.req), 'plugin' in context.query, context.origin);
    return undefined;
  }
  const [, editor, file] = /^\/cms\/editors\/(ckeditor5|tinymce)\/([\w./-]+)$/.exec(context.path) ?? [];
  if (editor && !file.includes('..')) {
    // The editors' files as a CMS serves them: the dev server would parse megabytes to rewrite imports they do not have.
    context.type = file.split('.').pop();
    context.body = await readFile(`node_modules/${editor}/${file}`).catch(() => {
      context.status = 404;
      return '';
    });
    return undefined;
  }
  if (context.path.startsWith(PLUGINS) && content) {
    context.type = context.path.endsWith('.js') ? 'js' : 'text';
    context.body = await readFile(join(content, 'plugins', context.path.slice(PLUGINS.length))).catch(() => {
      context.status = 404;
      return '';
    });
    return undefined;
  }
  if (context.path === '/wp-site/') {
    context.set('Content-Security-Policy', "default-src 'self'");
    context.type = 'html';
    context.body = partnerPage(String(context.query.head), String(context.query.content));
    return undefined;
  }
  if (context.path.startsWith('/cms-site/assets/mh/')) {
    context.url = context.url.replace('/cms-site/assets/mh/', '/dist/cdn/');
    return next();
  }
  if (context.path !== '/cms-site/') return next();
  context.set('Content-Security-Policy', "default-src 'self'");
  context.type = 'html';
  const copies = Number(context.query.copies ?? 1);
  const scripts = Array.from(
    { length: copies },
    (_, i) => `<script type="module" src="/cms-site/assets/mh/mensenhandel-widgets-cms.js${i ? `?copy=${i}` : ''}"></script>`,
  );
  context.body = partnerPage(scripts.join('\n    '), context.query.content ?? '');
  return undefined;
}
