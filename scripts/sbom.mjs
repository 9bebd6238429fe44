// A rollup plugin that writes, beside the CDN files, what they are made of:
// - mensenhandel-widgets.cdx.json, a CycloneDX 1.6 software bill of materials: every npm
//   package with code in the bundle (from rollup's own module list, so a package that
//   tree-shaking dropped is not in it), its version, licence and the CDN files that hold it;
//   and each CDN file with its SHA-384 hash;
// - THIRD-PARTY-LICENSES.txt, the licence text of each of those packages. terser drops the
//   packages' licence comments, and BSD-3-Clause (Lit) asks that a redistribution in another
//   form carries the notice in material beside it.
// scripts/check-licences.mjs (npm test) checks both.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as CDX from '@cyclonedx/cyclonedx-library';
import { PackageURL } from 'packageurl-js';

export const SBOM_FILE = 'mensenhandel-widgets.cdx.json';
export const LICENCES_FILE = 'THIRD-PARTY-LICENSES.txt';

/** The folder of the npm package a module file belongs to, or undefined for the library's own code. */
function packageRoot(file) {
  const at = file.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = file.slice(at + '/node_modules/'.length).split('/');
  const depth = rest[0].startsWith('@') ? 2 : 1;
  return join(file.slice(0, at), 'node_modules', ...rest.slice(0, depth));
}

function licenceText(root) {
  const file = readdirSync(root).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(join(root, file), 'utf8').trim() : undefined;
}

/** One plugin for every step of the CDN build: each step's files join the bill, written anew each step. */
export function sbom() {
  const chunks = new Map();
  return {
    name: 'cyclonedx-sbom',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);
      const own = JSON.parse(readFileSync('package.json', 'utf8'));
      /** package folder → the CDN files holding code of it */
      const packages = new Map();
      const files = [];
      for (const output of chunks.values()) {
        files.push(output);
        for (const [id, module] of Object.entries(output.modules)) {
          const root = packageRoot(id.replace(/^\0/, ''));
          if (!root || module.renderedLength === 0) continue;
          if (!packages.has(root)) packages.set(root, new Set());
          packages.get(root).add(output.fileName);
        }
      }
      if (packages.size === 0) this.error('no npm package found in the CDN bundle: the SBOM would be empty');

      const licenceFactory = new CDX.Contrib.License.Factories.LicenseFactory();
      const builder = new CDX.Contrib.FromNodePackageJson.Builders.ComponentBuilder(
        new CDX.Contrib.FromNodePackageJson.Factories.ExternalReferenceFactory(),
        licenceFactory,
      );
      const purl = (c) => new PackageURL('npm', c.group, c.name, c.version);
      const bom = new CDX.Models.Bom();
      const main = builder.makeComponent(own, CDX.Enums.ComponentType.Library);
      main.bomRef.value = `${own.name}@${own.version}`;
      main.purl = purl(main);
      bom.metadata.component = main;

      const notices = [];
      for (const root of [...packages.keys()].sort()) {
        const json = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        const component = builder.makeComponent(json);
        component.bomRef.value = `${json.name}@${json.version}`;
        component.purl = purl(component);
        for (const file of [...packages.get(root)].sort()) {
          component.properties.add(new CDX.Models.Property('mensenhandel-widgets:cdn-file', file));
        }
        bom.components.add(component);
        main.dependencies.add(component.bomRef);
        const text = licenceText(root);
        if (!text) this.error(`${json.name}: no licence file in ${relative(process.cwd(), root)}`);
        notices.push(`${json.name} ${json.version} (${json.license})\n\n${text}`);
      }
      for (const file of files.sort((a, b) => a.fileName.localeCompare(b.fileName))) {
        const component = new CDX.Models.Component(CDX.Enums.ComponentType.File, file.fileName);
        component.bomRef.value = `file:${file.fileName}`;
        component.hashes.set(CDX.Enums.HashAlgorithm['SHA-384'], createHash('sha384').update(file.code).digest('hex'));
        bom.components.add(component);
      }

      const serializer = new CDX.Serialize.JsonSerializer(new CDX.Serialize.JSON.Normalize.Factory(CDX.Spec.Spec1dot6));
      this.emitFile({ type: 'asset', fileName: SBOM_FILE, source: `${serializer.serialize(bom, { space: 2 })}\n` });
      this.emitFile({
        type: 'asset',
        fileName: LICENCES_FILE,
        source: `The CDN files of ${own.name} ${own.version} (${own.license}) contain code of these packages, under these licences.\n\n${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`,
      });
    },
  };
}
