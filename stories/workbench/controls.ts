import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { LANGUAGE_NAMES } from '../../src/shared/locale.js';

/*
 * Controls that can only produce a value the element accepts, built from the element's own
 * lists in src/. Each attribute control records its default (the element's default is the
 * first of a choice), so the snippet leaves out what the element would do anyway.
 */

type ArgType = ArgTypes[string];

/** A control whose value is a `V`, so a story's args follow from its argTypes (`ArgsOf`). */
export type Control<V> = ArgType & { readonly valueType?: V };

/** A story's args, one per control: each attribute is named once, in the story's `argTypes`. */
export type ArgsOf<T> = { [K in keyof T]?: T[K] extends Control<infer V> ? V : never };

const attribute = <V>(defaultValue: string, argType: ArgType): Control<V> => ({
  ...argType,
  table: { category: 'attributes', defaultValue: { summary: defaultValue } },
});

/** A token list as a group of check boxes, written in the element's own order. */
export const tokenList = (options: readonly string[], byDefault: readonly string[] = options) =>
  attribute<string[]>(byDefault.join(' '), { control: 'check', options: [...options] });

/** One of a few values; the first is the element's default. */
export const choice = (options: readonly string[]) =>
  attribute<string>(options[0], { control: options.length > 3 ? 'select' : 'inline-radio', options: [...options] });

export const headingLevel = attribute<string>('2', { control: 'select', options: ['1', '2', '3', '4', '5', '6'] });

export const flag = attribute<boolean>('false', { control: 'boolean' });

/** Free text, where the element takes any value of its kind (a URL, a partner's own codes). */
export const text = (description: string) => attribute<string>('', { control: 'text', description });

/** The widget's language, by `lang` on the element; empty is the page's language. */
export const language = attribute<string>('', {
  control: { type: 'select', labels: LANGUAGE_NAMES },
  options: Object.keys(LANGUAGE_NAMES),
  description: "The widget's language (`lang` on the element); none: the page's language",
});

/**
 * The attributes the controls chose, in the order of the controls, defaults left out. A token
 * list is written in the order of its options, whatever order the boxes were ticked in.
 */
export function chosenAttributes(args: Args, argTypes: ArgTypes): [string, string][] {
  const chosen: [string, string][] = [];
  for (const [name, argType] of Object.entries(argTypes)) {
    const value: unknown = args[name];
    const unset = value === undefined || value === null || value === false || (Array.isArray(value) && value.length === 0);
    if (argType.table?.category !== 'attributes' || unset) continue;
    const written = Array.isArray(value)
      ? (argType.options ?? []).filter((option) => value.includes(option)).join(' ')
      : value === true
        ? ''
        : String(value);
    if (written === (argType.table.defaultValue?.summary ?? '') && value !== true) continue;
    chosen.push([name, written]);
  }
  return chosen;
}

/** A story's widget with exactly the attributes of the snippet. */
export function renderWidget(tag: string, args: Args, { argTypes }: { argTypes: ArgTypes }): HTMLElement {
  const widget = document.createElement(tag);
  for (const [name, value] of chosenAttributes(args, argTypes)) widget.setAttribute(name, value);
  return widget;
}
