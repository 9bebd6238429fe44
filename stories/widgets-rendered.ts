/**
 * A story's `play`: waits until every widget in the story shows its content (its language
 * loaded), so the accessibility check runs on what a visitor sees.
 */
export async function widgetsRendered({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const widgets = [...canvasElement.querySelectorAll('report-cta, signal-checklist, help-orgs, quick-exit')];
  const deadline = Date.now() + 5000;
  while (widgets.some((el) => !el.shadowRoot?.querySelector('[part~="base"]'))) {
    if (Date.now() > deadline) throw new Error('a widget did not render within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
