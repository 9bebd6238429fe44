import { FORMS, type Form } from '../shared/forms.js';
import type { Signal } from './signals.js';

export const LEVELS = ['none', 'some', 'several', 'acute'] as const;
/** How worrying the ticked signals are together; the guidance grows with it. */
export type SignalChecklistLevel = (typeof LEVELS)[number];

export const PERSPECTIVES = ['ask', 'self', 'other'] as const;
/** Who the checklist asks about: the visitor (`self`), someone else (`other`), or it asks first (`ask`). */
export type SignalChecklistPerspective = (typeof PERSPECTIVES)[number];

/** `detail` of `signal-checklist-change`, and the element's `summary`. */
export interface SignalChecklistSummary {
  /** Ids of the ticked signals, in the checklist's order. */
  signals: string[];
  /** Forms with at least one tick, in the order of FORMS; general signals add none. */
  forms: Form[];
  level: SignalChecklistLevel;
  /** Whom the ticks are about; null while `ask` waits for the visitor's answer. */
  perspective: Exclude<SignalChecklistPerspective, 'ask'> | null;
}

/**
 * The level rules: any acute signal → acute; 3 or more ticks, or ticks in 2 or more forms →
 * several; 1–2 ticks → some; nothing → none.
 */
export function levelOf(ticked: readonly Pick<Signal, 'group' | 'acute'>[]): SignalChecklistLevel {
  if (ticked.some((signal) => signal.acute)) return 'acute';
  if (ticked.length >= 3 || formsOf(ticked).length >= 2) return 'several';
  return ticked.length > 0 ? 'some' : 'none';
}

function formsOf(ticked: readonly Pick<Signal, 'group'>[]): Form[] {
  return FORMS.filter((form) => ticked.some((signal) => signal.group === form));
}

/** The summary of a list of ticked signals (in the order given). */
export function summarize(
  ticked: readonly Signal[],
  perspective: SignalChecklistSummary['perspective'],
): SignalChecklistSummary {
  return { signals: ticked.map((signal) => signal.id), forms: formsOf(ticked), level: levelOf(ticked), perspective };
}
