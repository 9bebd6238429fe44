// The rules `npm run check-data` applies to every shipped record. Pure functions, so the tests
// can show that each rule catches what it is for (tests/check-data.test.ts).

/** One fact of one shipped record. */
export interface Row {
  /** The record as shipped, e.g. "help-orgs veilig-thuis". */
  record: string;
  /** The record that defines the fact; a record that selects another's facts names that one. */
  owner: string;
  what: string;
  value: string;
  /** A phone number or an address (https:, e-mail): each may be defined by one record only. */
  kind?: 'phone' | 'address';
  /** The msg() function the text comes from: each may belong to one record only. */
  text?: () => string;
  source: string;
  verified: string;
}

/** A string written in the source code, and the top-level declaration it is written in. */
export interface Literal {
  value: string;
  holder: string;
}

export interface Findings {
  errors: string[];
  warnings: string[];
}

/** The titles and addresses in the tables of docs/sources.md (their first two columns). */
export function listedSources(doc: string): Set<string> {
  return new Set(
    doc
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('|---'))
      .flatMap((line) => line.split(' | ').slice(0, 2).map((cell) => cell.replace(/^\| /, '').trim())),
  );
}

const address = (value: string) =>
  value.trim().toLowerCase().replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');
const digits = (value: string) => value.replace(/[\s\-().+]/g, '');

/** Whether a string in the code writes this phone number or address. */
function writes(literal: string, row: Row): boolean {
  if (row.kind === 'address') return address(literal) === address(row.value);
  const number = row.value.replace(/\D/g, '');
  // Short numbers (112) appear in sentences ("bel 112"): only a string that is the number counts.
  return number.length < 6 ? literal.trim() === row.value : digits(literal).includes(number);
}

/** Groups `items` by `key` and returns the groups whose items have more than one owner. */
function shared<T>(items: readonly T[], key: (item: T) => unknown, owner: (item: T) => string): [T, string[]][] {
  const groups = new Map<unknown, { first: T; owners: Set<string> }>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? { first: item, owners: new Set<string>() };
    group.owners.add(owner(item));
    groups.set(key(item), group);
  }
  return [...groups.values()].filter((group) => group.owners.size > 1).map((group) => [group.first, [...group.owners]]);
}

export function checkData(
  rows: readonly Row[],
  { sourcesDoc, literals, today = new Date() }: { sourcesDoc: string; literals?: readonly Literal[]; today?: Date },
): Findings {
  const listed = listedSources(sourcesDoc);
  const errors = new Set<string>();
  const warnings = new Set<string>();
  const yearAgo = new Date(today);
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);

  for (const row of rows) {
    if (!row.source.trim()) errors.add(`${row.record}: no source`);
    for (const part of row.source.split('; ').filter((part) => part.trim())) {
      if (!listed.has(part)) errors.add(`${row.record}: source "${part}" is not listed in docs/sources.md`);
    }
    const date = /^\d{4}-\d\d-\d\d$/.test(row.verified) ? new Date(row.verified) : undefined;
    if (!date || Number.isNaN(date.getTime())) errors.add(`${row.record}: no valid verified date ("${row.verified}")`);
    else if (date < yearAgo) warnings.add(`${row.record}: verified ${row.verified}, more than 12 months ago`);
  }

  const facts = rows.filter((row) => row.kind);
  for (const [row, owners] of shared(facts, (row) => (row.kind === 'phone' ? row.value.replace(/\D/g, '') : address(row.value)), (row) => row.owner)) {
    errors.add(`${row.value} is defined by ${owners.join(' and ')}: one record per fact`);
  }
  const texts = rows.filter((row) => row.text);
  for (const [row, owners] of shared(texts, (row) => row.text, (row) => row.owner)) {
    errors.add(`${owners.join(' and ')} share one text ("${row.value}"): give each record its own msg()`);
  }

  if (literals) {
    const unique = new Map(facts.map((row) => [`${row.kind} ${row.value}`, row]));
    for (const row of unique.values()) {
      const holders = new Set(literals.filter((literal) => writes(literal.value, row)).map((literal) => literal.holder));
      if (holders.size > 1) errors.add(`${row.value} is written in ${holders.size} places: ${[...holders].join(', ')}`);
    }
  }
  return { errors: [...errors], warnings: [...warnings] };
}
