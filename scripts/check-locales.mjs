// Fails when a translation is missing or locales/ is out of date with the source: a visitor
// must never meet an untranslated message in a language the README promises.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'mh-locales-'));
writeFileSync(
  join(scratch, 'lit-localize.json'),
  JSON.stringify({
    ...config,
    tsConfig: join(process.cwd(), config.tsConfig),
    output: { ...config.output, outputDir: join(scratch, 'out'), localeCodesModule: join(scratch, 'codes.ts') },
    interchange: { ...config.interchange, xliffDir: scratch },
  }),
);
for (const locale of config.targetLocales) {
  writeFileSync(join(scratch, `${locale}.xlf`), readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`)));
}
execFileSync('npx', ['lit-localize', 'extract', '--config', join(scratch, 'lit-localize.json')], { stdio: 'ignore' });

const units = (xml) => [...xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
const problems = [];
for (const file of readdirSync(scratch).filter((name) => name.endsWith('.xlf'))) {
  const fresh = readFileSync(join(scratch, file), 'utf8');
  const committed = readFileSync(join(config.interchange.xliffDir, file), 'utf8');
  if (fresh !== committed) problems.push(`locales/${file} is out of date: run npm run localize:extract`);
  for (const [, id, body] of units(fresh)) {
    if (!/<target[^>]*>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
      problems.push(`locales/${file}: no translation for ${id} "${source}"`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`locales complete: ${config.targetLocales.join(', ')}`);
