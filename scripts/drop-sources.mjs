// The records of help lines, signals and the steps after reporting carry where each fact was read
// and when (`source`, `hoursSource`, `verified`): for maintainers, `npm run check-data` and the tests,
// which all read src/. A visitor's browser never shows them, so the CDN build leaves them out of
// the files it ships (rollupDropSources below) instead of sending every page a list of addresses.
import MagicString from 'magic-string';
import ts from 'typescript';

const FIELDS = new Set(['source', 'hoursSource', 'verified']);
const FILES = /\/src\/(shared\/contacts|help-orgs\/(contacts|orgs)|report-cta\/report-steps|signal-checklist\/signals)\.ts$/;

/** Removes the source fields from the object literals of the record modules, and what reads them. */
export function rollupDropSources() {
  return {
    name: 'drop-sources',
    transform(code, id) {
      if (!FILES.test(id)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const out = new MagicString(code);
      const visit = (node) => {
        if (
          (((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) ||
            // and from a pattern that would read them (help-orgs/orgs.ts copies a contact's fields)
            (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent))) &&
          FIELDS.has((node.propertyName ?? node.name).getText(file))
        ) {
          // The field, its comma and the comments before it.
          const end = code[node.end] === ',' ? node.end + 1 : node.end;
          out.remove(node.getFullStart(), end);
          return;
        }
        // A signal's sources are the third argument of signal(): none is left to read them.
        if (ts.isCallExpression(node) && node.expression.getText(file) === 'signal' && node.arguments.length > 2) {
          const sources = node.arguments[2];
          out.overwrite(sources.getStart(file), sources.end, '0');
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
