import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../shared/attributes.js';
import '../report-cta/report-cta.js';
import { callLink } from '../shared/call-link.js';
import { channelOf, COMENSHA, EMERGENCY } from '../shared/contacts.js';
import type { Form } from '../shared/forms.js';
import { heading } from '../shared/heading.js';
import type { Hours, OpenNowController } from '../shared/hours.js';
import { displayHost, toPhoneLink } from '../shared/links.js';
import { renderReachable, surelyOpen } from '../shared/open-now.js';
import { CHANNELS } from '../report-cta/channels.js';
import type { SignalChecklistLevel, SignalChecklistSummary } from './level.js';
import { CALL_HISTORY_NOTE, DOMESTIC_VIOLENCE_LINE, VICTIM_HELP } from './signals.js';

/*
 * What <signal-checklist> says about what was ticked: the summary, the caveat that signals can
 * point to other problems, and the next steps (its own help about oneself, then a <report-cta>).
 */

/**
 * The channels of the embedded <report-cta> for a level: they grow with it, and 112 is always
 * there (help never disappears), first when acute. About oneself, the checklist shows its own
 * help first (112 on top when acute), and the <report-cta> is for reporting: the police, and
 * anonymously Meld Misdaad Anoniem, which the steps after reporting name.
 */
function channelsFor(level: SignalChecklistLevel, forms: readonly Form[], self: boolean): string {
  const labour = forms.includes('labour') ? ' labour' : '';
  if (self) return level === 'acute' ? `police anonymous${labour}` : `police anonymous${labour} emergency`;
  const report = `police anonymous${labour}`;
  switch (level) {
    case 'none':
    case 'some':
      return 'advice emergency';
    case 'several':
      return `advice ${report} emergency`;
    case 'acute':
      return `emergency ${report} advice`;
  }
}

export function renderGuidance(
  summary: SignalChecklistSummary,
  level: HeadingLevel,
  forProfessionals: boolean,
  shownForms: readonly Form[],
  openNow: OpenNowController,
): TemplateResult {
  const self = summary.perspective === 'self';
  const professional = !self && forProfessionals;
  const serious = summary.level === 'several' || summary.level === 'acute';
  return html`
    <div class="guidance" part="guidance">
      ${heading(level, 'guidance', msg('Wat kun je doen?', { id: 'check.guidance' }))}
      ${!self && (summary.level === 'some' || summary.level === 'several')
        ? html`<p>${msg('Praat erover met iemand die je vertrouwt.', { id: 'check.talk' })}</p>`
        : nothing}
      ${self ? renderHelp(summary, Math.min(level + 1, 6) as HeadingLevel, shownForms, openNow) : nothing}
      ${professional
        ? html`<p>
            ${msg('De helpdesk van CoMensha geeft professionals advies, ook over juridische vragen, en registreert mogelijke slachtoffers.', { id: 'check.comensha' })}
          </p>`
        : nothing}
      <report-cta
        channels=${channelsFor(summary.level, summary.forms, self)}
        layout=${professional || serious ? 'card' : 'compact'}
        heading-level=${Math.min(level + 1, 6)}
        ?steps=${self || serious}
      ></report-cta>
    </div>
  `;
}

/**
 * Help for the person it may be happening to, before the ways to report: 112 first when a
 * ticked signal is acute, a word on call history before any number, CoMensha, and by form the
 * help meant for victims (of the forms ticked, or of every form shown while none is).
 */
function renderHelp(
  summary: SignalChecklistSummary,
  level: HeadingLevel,
  shownForms: readonly Form[],
  openNow: OpenNowController,
): TemplateResult {
  const { emergency, advice } = CHANNELS;
  const call112 = toPhoneLink(channelOf(EMERGENCY, 'phone')!.value)!;
  const comensha = channelOf(COMENSHA, 'phone')!;
  const callAdvice = toPhoneLink(comensha.value)!;
  const state = openNow.state(comensha as Hours);
  const forms = summary.forms.length > 0 ? summary.forms : shownForms;
  const byForm = forms.flatMap((form) => VICTIM_HELP[form] ?? []);
  return html`
    ${summary.level === 'acute'
      ? html`<p class="emergency">
          <strong>${emergency.purpose()}</strong>
          ${callLink(call112)}
        </p>`
      : nothing}
    <div class="help" part="help">
      ${heading(level, 'help', msg('Hulp voor jou', { id: 'check.help', desc: 'Heading above help for the visitor themselves.' }))}
      <p class="safety" part="safety">${CALL_HISTORY_NOTE.text()}</p>
      <ul>
        <li>
          <strong>${advice.name()}</strong> ${advice.purpose()}
          ${callLink(callAdvice)}
          (${comensha.hours?.()})
          <p class="open-now" part="open-now">${openNow.text(state)}</p>
          ${surelyOpen(state) ? nothing : renderReachable()}
        </li>
        ${byForm.map(
          (help) => html`<li>
            <strong>${help.contact.name}</strong> ${help.text()} <a href=${help.href}>${displayHost(help.href)}</a>
          </li>`,
        )}
      </ul>
    </div>
  `;
}

export function renderCaveat(about: 'self' | 'other'): TemplateResult {
  const line = DOMESTIC_VIOLENCE_LINE;
  const phone = toPhoneLink(line.phone)!;
  return html`
    <div class="caveat" part="caveat">
      <p>${msg('Let op: deze signalen kunnen ook wijzen op andere problemen, zoals huiselijk geweld.', { id: 'check.caveat' })}</p>
      <p>
        ${msg('Advies over huiselijk geweld', { id: 'check.domesticViolence', desc: 'Followed by the name and a note of a domestic violence help line.' })}: ${line.name} (${line.note()}),
        ${callLink(phone, undefined, undefined, true)}
      </p>
      <p>
        ${about === 'self'
          ? msg('Klopt geen van deze zinnen, maar voelt het toch niet goed? Vraag dan advies.', { id: 'check.noneTicked.self', desc: 'Shown beside the signals, to the person it may be happening to.' })
          : msg('Zie je geen signalen? Dan kan er toch iets mis zijn. Let op combinaties en plotselinge veranderingen.', { id: 'check.noneTicked.other', desc: 'Shown beside the signals, to someone worried about another person.' })}
      </p>
    </div>
  `;
}

export function renderSummary(summary: SignalChecklistSummary): TemplateResult {
  const count = summary.signals.length;
  // The space is an expression: the build's HTML minifier drops it from the template's text,
  // which ran "Aangevinkt: 3." into the next sentence on screen and for screen readers.
  return html`${count > 0 ? html`<strong>${msg(str`Aangevinkt: ${count}.`, { id: 'check.ticked', desc: 'The placeholder is how many signals are ticked.' })}</strong>${' '}` : nothing}${levelText(summary.level, summary.perspective === 'self')}`;
}

function levelText(level: SignalChecklistLevel, self: boolean): string {
  switch (level) {
    case 'none':
      return msg('Je hebt nog niets aangevinkt.', { id: 'level.none' });
    case 'some':
      return self
        ? msg('Ook één of twee signalen kunnen betekenen dat je wordt uitgebuit. Twijfel je? Vraag dan advies.', { id: 'level.few.self' })
        : msg('Ook één of twee signalen kunnen op mensenhandel wijzen. Blijf opletten, en vraag advies als je twijfelt.', { id: 'level.few.other' });
    case 'several':
      return self
        ? msg('Meerdere signalen samen kunnen betekenen dat je wordt uitgebuit. Er is hulp voor je: kijk hieronder.', { id: 'level.many.self' })
        : msg('Meerdere signalen samen kunnen wijzen op mensenhandel. Vraag advies of meld het.', { id: 'level.many.other' });
    case 'acute':
      return self
        ? msg('Wat je hebt aangevinkt, kan betekenen dat je nu in gevaar bent. Is dat zo? Bel dan meteen 112.', { id: 'level.acute.self' })
        : msg('Wat je hebt aangevinkt, kan betekenen dat iemand nu in gevaar is. Is dat zo? Bel dan meteen 112.', { id: 'level.acute.other' });
  }
}
