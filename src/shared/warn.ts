/**
 * What has been said on this page. Exported for tests only: clearing it shows a widget that
 * would say a message again on each render, which this set otherwise hides.
 */
export const said = new Set<string>();

/**
 * Warns once per distinct message for the whole page: a hundred widgets with the same typo, or
 * a re-render, must not flood the console.
 */
export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`[mensenhandel-widgets] ${message}`);
}
