// Do not modify this file by hand! Written from custom-elements.json by scripts/placement-settings.mjs
// (npm run build).

const COMMON = {lang:'words', 'language-picker':'flag', id:'words'} as const;

/** Each widget's public attributes, as its JSDoc documents them, and how a placement writes each. */
export const PLACEMENT_SETTINGS = {
  'signal-checklist': { ...COMMON, forms:'words', perspective:'words', audience:'words', 'heading-level':'words', recordable:'flag'},
  'report-cta': { ...COMMON, channels:'words', layout:'words', 'heading-level':'words', steps:'flag'},
  'quick-exit': { ...COMMON, href:'url', position:'words', shortcut:'words', 'safety-href':'url'},
  'help-orgs': { ...COMMON, forms:'words', audience:'words', region:'words', orgs:'words', layout:'words', 'heading-level':'words', filterable:'flag', src:'url', mode:'words', for:'words'},
} as const;
