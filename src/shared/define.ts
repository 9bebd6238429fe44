import { VERSION } from './version.js';

/** Marks a class as ours, so a second copy of the library can tell which version holds a tag. */
const versionKey = Symbol.for('mensenhandel-widgets.version');

type TaggedConstructor = CustomElementConstructor & { [versionKey]?: string };

/**
 * Defines `tag` unless it is taken. Partner pages often load a script twice (a CMS block and a
 * theme): a second copy of the same version is skipped silently, another version with one
 * warning. Never throws, so a broken page keeps the help it already shows.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const taken = customElements.get(tag) as TaggedConstructor | undefined;
  if (taken) {
    const theirs = taken[versionKey];
    if (theirs !== VERSION) {
      console.warn(
        `[mensenhandel-widgets] <${tag}> is already defined by ${theirs ? `version ${theirs}` : 'another script'}; version ${VERSION} keeps that one.`,
      );
    }
    return;
  }
  try {
    (element as TaggedConstructor)[versionKey] = VERSION;
    customElements.define(tag, element);
  } catch (error) {
    // Same class under two names, or a tag taken between get() and define(): keep the page running.
    console.warn(`[mensenhandel-widgets] could not define <${tag}>:`, error);
  }
}
