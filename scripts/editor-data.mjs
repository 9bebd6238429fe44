// Editor support generated from custom-elements.json: VS Code HTML custom data, JetBrains
// web-types and React 19 JSX types, so the API is written down once (in the JSDoc).
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: module.path })),
);
const quoted = (type) => [...(type ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
const attributes = (element) => (element.attributes ?? []).filter((a) => a.name !== 'lang');
const summary = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');

writeFileSync(
  'dist/vscode.html-custom-data.json',
  `${JSON.stringify(
    {
      version: 1.1,
      tags: elements.map((element) => ({
        name: element.tagName,
        description: summary(element),
        attributes: attributes(element).map((a) => ({
          name: a.name,
          description: a.description,
          ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          ...(quoted(a.type?.text).length ? { values: quoted(a.type.text).map((name) => ({ name })) } : {}),
        })),
      })),
    },
    null,
    2,
  )}\n`,
);

writeFileSync(
  'dist/web-types.json',
  `${JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/web-types',
      name: pkg.name,
      version: pkg.version,
      'description-markup': 'markdown',
      contributions: {
        html: {
          elements: elements.map((element) => ({
            name: element.tagName,
            description: summary(element),
            attributes: attributes(element).map((a) => ({
              name: a.name,
              description: a.description,
              value: { type: a.type?.text ?? 'string' },
            })),
            events: (element.events ?? []).map((e) => ({ name: e.name, description: e.description })),
            slots: (element.slots ?? []).map((s) => ({ name: s.name, description: s.description })),
            css: {
              properties: (element.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description })),
              parts: (element.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
            },
          })),
        },
      },
    },
    null,
    2,
  )}\n`,
);

const jsxAttributes = (element) =>
  attributes(element)
    .map((a) => `      '${a.name}'?: ${quoted(a.type?.text).length ? quoted(a.type.text).map((v) => `'${v}'`).join(' | ') : a.type?.text === 'boolean' ? 'boolean' : 'string'};`)
    .join('\n');
writeFileSync(
  'dist/jsx.d.ts',
  `// React 19 JSX types for ${pkg.name}, generated from custom-elements.json.
// Use: import type {} from '${pkg.name}/jsx';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type Element<Attributes> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Attributes & {
  [event: \`on\${string}\`]: unknown;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((element) => `      '${element.tagName}': Element<{\n${jsxAttributes(element).replace(/^ {6}/gm, '        ')}\n      }>;`).join('\n')}
    }
  }
}
`,
);
console.log(`editor data for ${elements.map((e) => `<${e.tagName}>`).join(', ')}`);
