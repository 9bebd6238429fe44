import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { FORMS, formLabel, type Form } from '../shared/forms.js';
import { AUDIENCES, type Audience } from './org.js';

/** What the visitor chose in the filters; empty: no choice. */
export interface VisitorChoice {
  audience: Audience | '';
  form: Form | '';
}

/**
 * The visitor's filters ("Wie ben je?", "Waar gaat het om?"), offering the audiences and forms
 * the page allows (empty: all), and the announced number of organisations. `chose` hears each
 * change.
 */
export function renderVisitorFilters(
  audiences: readonly Audience[],
  forms: readonly Form[],
  count: number,
  chosen: VisitorChoice,
  chose: (choice: Partial<VisitorChoice>) => void,
): TemplateResult {
  const audienceLabels: Record<Audience, string> = {
    victim: msg('Het gaat om mij', { id: 'who.self', desc: 'A choice: the visitor fears it is happening to themselves.' }),
    bystander: msg('Ik maak me zorgen om een ander', { id: 'who.other', desc: 'A choice: the visitor is worried about someone else.' }),
    professional: msg('Ik help vanuit mijn werk', { id: 'who.professional', desc: 'A filter option: the visitor asks as a professional.' }),
  };
  const option = (value: string, label: string, selected: string) =>
    html`<option value=${value} .selected=${value === selected}>${label}</option>`;
  const value = (e: Event) => (e.target as HTMLSelectElement).value;
  return html`
    <div class="filters" part="filters">
      <label class="filter">
        <span>${msg('Wie ben je?', { id: 'orgs.who', desc: 'Label of a filter: who is asking.' })}</span>
        <select @change=${(e: Event) => chose({ audience: value(e) as Audience })}>
          ${option('', msg('Maakt niet uit', { id: 'orgs.who.any', desc: 'Filter option: show organisations for everyone.' }), chosen.audience)}
          ${(audiences.length ? audiences : AUDIENCES).map((audience) => option(audience, audienceLabels[audience], chosen.audience))}
        </select>
      </label>
      <label class="filter">
        <span>${msg('Waar gaat het om?', { id: 'orgs.form', desc: 'Label of a filter: which form of human trafficking.' })}</span>
        <select @change=${(e: Event) => chose({ form: value(e) as Form })}>
          ${option('', msg('Alle vormen', { id: 'orgs.form.any', desc: 'Filter option: every form of human trafficking.' }), chosen.form)}
          ${(forms.length ? forms : FORMS).map((form) => option(form, formLabel(form), chosen.form))}
        </select>
      </label>
    </div>
    <p class="count" part="count" role="status">
      ${count === 1 ? msg('1 organisatie', { id: 'orgs.count.one', desc: 'How many organisations the list shows.' }) : msg(str`${count} organisaties`, { id: 'orgs.count', desc: 'The placeholder is a number of organisations (2 or more).' })}
    </p>
  `;
}
