import { type Meta, setProjectAnnotations, type StoryObj } from '@storybook/web-components-vite';
import { composeStory } from 'storybook/preview-api';
import { afterEach, expect, test } from 'vitest';
import preview from '../../.storybook/preview';
import * as helpOrgs from '../../stories/help-orgs.stories';
import * as quickExit from '../../stories/quick-exit.stories';
import * as reportCta from '../../stories/report-cta.stories';
import * as signalChecklist from '../../stories/signal-checklist.stories';

/*
 * A Storybook docs page renders all of an element's stories in one document. With the toolbar
 * on Nederlands, its Dutch stories stay Dutch beside its English and Arabic ones.
 */

const annotations = setProjectAnnotations([preview]);

/** A stories file, as a docs page sees it: any element's args. */
type StoriesFile = { default: Meta; English: StoryObj; Arabic: StoryObj };

const pages: { stories: StoriesFile; dutch: StoryObj }[] = [
  { stories: reportCta, dutch: reportCta.Card },
  { stories: signalChecklist, dutch: signalChecklist.Default },
  { stories: helpOrgs, dutch: helpOrgs.Default },
  { stories: quickExit, dutch: quickExit.Inline },
];

afterEach(() => document.body.replaceChildren());

for (const { stories, dutch } of pages) {
  test(`${stories.default.component}: each story on the docs page in its own language`, async () => {
    const shown = [
      { story: dutch, locale: 'nl' },
      { story: stories.English, locale: 'en' },
      { story: stories.Arabic, locale: 'ar' },
    ];
    const canvases = shown.map(() => document.body.appendChild(document.createElement('div')));
    // One after another, as a docs page renders them: each story's play waits for its widgets.
    for (const [i, { story }] of shown.entries()) {
      await composeStory(story, stories.default, annotations).run({ canvasElement: canvases[i] });
    }
    const bases = canvases.map((canvas) =>
      canvas.querySelector(stories.default.component!)!.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!,
    );
    await expect.poll(() => bases.map((base) => base.lang)).toEqual(['nl', 'en', 'ar']);
    expect(bases.map((base) => getComputedStyle(base).direction)).toEqual(['ltr', 'ltr', 'rtl']);
  });
}
