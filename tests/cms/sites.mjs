import { execFile } from 'node:child_process';

/*
 * For tests/cms.test.ts. POST /cms/wordpress runs WordPress's own filters on the posted text
 * (tests/cms/wordpress.php, with Debian's wordpress package) and answers what a post keeps when
 * saved and what it shows. /cms-site/?content=… is a CMS page under a strict Content-Security-
 * Policy: the CMS module added once in <head> (from dist/cdn/, copied to /cms-site/assets/mh/)
 * and the content in <main>, as the CMS writes it.
 */
const wordpress = (post) =>
  new Promise((resolve, reject) => {
    const php = execFile('php', ['tests/cms/wordpress.php'], { timeout: 10000 }, (error, stdout, stderr) =>
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
    const [saved, shown] = (await wordpress(await readBody(context.req))).split('\n----\n');
    context.type = 'json';
    context.body = JSON.stringify({ saved, shown });
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
