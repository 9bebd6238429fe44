import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { channelOf, EMERGENCY, VEILIG_THUIS } from './contacts.js';
import type { OpenState } from './hours.js';
import { toPhoneLink } from './links.js';

/*
 * What a widget shows under a line with opening hours that is not surely open now (closed, on a
 * public holiday it may be closed on, or only "usually" open): the lines answered day and night,
 * one tap to call. Always 112; and Veilig Thuis, whose advice line also takes domestic violence,
 * which the signals can point to as well.
 */

/** Whether a line in this state is surely open: if not, put renderReachable() under it. */
export const surelyOpen = (state: OpenState): boolean => state.open && !state.usually;

/**
 * "Nu wel bereikbaar, dag en nacht: 112 · Veilig Thuis 0800-2000 (bij huiselijk geweld)", with tel:
 * links. A middle dot, not a comma or "and": it reads the same in every language and script.
 */
export function renderReachable(): TemplateResult {
  const emergency = toPhoneLink(channelOf(EMERGENCY, 'phone')!.value)!;
  const domestic = toPhoneLink(channelOf(VEILIG_THUIS, 'phone')!.value)!;
  return html`<p class="reachable" part="reachable">
    ${msg('Nu wel bereikbaar, dag en nacht:', { id: 'reachable.now', desc: 'Followed by phone numbers that are answered day and night (112, Veilig Thuis).' })} <a href=${emergency.href}>${emergency.display}</a> ·
    ${VEILIG_THUIS.name} <a href=${domestic.href}>${domestic.display}</a> (${msg('bij huiselijk geweld', { id: 'reachable.domesticViolence', desc: 'After Veilig Thuis and its number: what that line is for.' })})
  </p>`;
}
