// Fails when a translation is missing, left in Dutch, or unrecorded, or when locales/ is out of
// date with the source: a visitor must never meet an untranslated message in a language the
// docs promise (docs/partners.md, "Language"), and a reviewer must see how each file was translated.
// Lists how many units of each language a native speaker has not yet reviewed (state other than
// "final"): they pass, as docs/translators.md says, but stay counted until a reviewer signs them off.
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
const unreviewed = [];
for (const file of readdirSync(scratch).filter((name) => name.endsWith('.xlf'))) {
  const fresh = readFileSync(join(scratch, file), 'utf8');
  const committed = readFileSync(join(config.interchange.xliffDir, file), 'utf8');
  if (fresh !== committed) problems.push(`locales/${file} is out of date: run npm run localize:extract`);
  if (!/<header>\s*<note>[^<]*review[^<]*<\/note>/i.test(fresh)) {
    problems.push(`locales/${file}: no <header><note> saying how it was translated and reviewed`);
  }
  const all = units(fresh);
  const open = all.filter(([, , body]) => !/<target state="final">/.test(body)).length;
  if (open) unreviewed.push(`${file.replace('.xlf', '')} ${open}/${all.length}`);
  for (const [, id, body] of all) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target( state="[^"]+")?>([\s\S]*?)<\/target>/.exec(body);
    if (!target || !target[2].trim()) {
      problems.push(`locales/${file}: no translation for ${id} "${source}"`);
    } else if (!target[1]) {
      problems.push(`locales/${file}: ${id} has no state (translated, or final once reviewed)`);
    } else if (target[2] === source && /\p{L}{2}/u.test(source.replace(/<x [^>]*\/>/g, ''))) {
      problems.push(`locales/${file}: ${id} is still Dutch: "${source}"`);
    }
    // A list the widgets split on commas (the weekdays of "opens Tuesday at 09:00") keeps its length.
    const items = (text) => text.split(',').filter((item) => item.trim()).length;
    if (target?.[2] && source.includes(',') && !/\s/.test(source) && items(target[2]) !== items(source)) {
      problems.push(`locales/${file}: ${id} has ${items(target[2])} comma-separated items, not ${items(source)} as "${source}"`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`locales complete: ${config.targetLocales.join(', ')}`);
if (unreviewed.length) console.log(`not yet reviewed by a native speaker (units): ${unreviewed.join(', ')}`);
