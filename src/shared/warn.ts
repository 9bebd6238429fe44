const said = new Set<string>();

/**
 * Warns once per distinct message for the whole page: a hundred widgets with the same typo, or
 * a re-render, must not flood the console.
 */
export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`[mensenhandel-widgets] ${message}`);
}
