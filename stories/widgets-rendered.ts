/**
 * A story's `play`: waits until every widget in the story shows its content (its language
 * loaded), so the accessibility check runs on what a visitor sees.
 */
export async function widgetsRendered({ canvasElement }: { canvasElement: ParentNode }): Promise<void> {
  const widgets = [...canvasElement.querySelectorAll('report-cta, signal-checklist, help-orgs, quick-exit')];
  const deadline = Date.now() + 5000;
  while (widgets.some((el) => !el.shadowRoot?.querySelector('[part~="base"]'))) {
    if (Date.now() > deadline) throw new Error('a widget did not render within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A story's `play` for a language: every widget renders in `locale`, and right to left for
 * Arabic, though the page itself sets no `dir`.
 */
export function rendersIn(locale: string) {
  return async (context: { canvasElement: HTMLElement }): Promise<void> => {
    await widgetsRendered(context);
    const deadline = Date.now() + 5000;
    const bases = () =>
      [...context.canvasElement.querySelectorAll('report-cta, signal-checklist, help-orgs, quick-exit')].map(
        (el) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!,
      );
    while (bases().some((base) => base.lang !== locale)) {
      if (Date.now() > deadline) throw new Error(`not rendered in ${locale}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const direction = locale === 'ar' ? 'rtl' : 'ltr';
    for (const base of bases()) {
      if (getComputedStyle(base).direction !== direction) throw new Error(`direction is not ${direction}`);
    }
  };
}
