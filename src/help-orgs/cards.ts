import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../shared/attributes.js';
import { callLink } from '../shared/call-link.js';
import { heading } from '../shared/heading.js';
import type { Hours, OpenNowController } from '../shared/hours.js';
import { displayHost } from '../shared/links.js';
import { renderReachable } from '../shared/open-now.js';
import type { HelpOrgsSelectDetail, HelpOrgsVia } from './events.js';
import { ownName } from './language-names.js';
import type { Org, OrgChannel } from './org.js';

/** Tells the page a visitor activated a link. */
export type Select = (org: string, channel: HelpOrgsSelectDetail['channel'], via: HelpOrgsVia) => void;

/**
 * One card per organisation: its name (a heading of `level`), what it does, its links, and the
 * languages it speaks.
 */
export function renderCards(orgs: readonly Org[], level: HeadingLevel, openNow: OpenNowController, select: Select): TemplateResult {
  return html`<ul class="orgs" part="orgs">
    ${orgs.map((org) => {
      const website = org.channels.some((channel) => channel.href === org.website) ? undefined : org.website;
      return html`<li class="org" part="org" data-org=${org.id}>
        ${heading(level, `org-${org.id}`, org.name, 'name')}
        <p class="description">${org.description()}</p>
        <ul class="channels">
          ${org.channels.map((channel) => renderChannel(org, channel, openNow, select))}
          ${website
            ? html`<li>
                <a class="link" part="channel" href=${website} @click=${() => select(org.id, 'website', 'web')}
                  >${displayHost(website)}</a
                >
              </li>`
            : nothing}
        </ul>
        ${org.languages.length ? renderLanguages(org.languages) : nothing}
      </li>`;
    })}
  </ul>`;
}

/** Each language by its own name, marked with its language so a screen reader says it right. */
function renderLanguages(codes: readonly string[]): TemplateResult {
  return html`<p class="badge" part="badge">
    ${msg('Talen:', { id: 'orgs.languages', desc: 'Followed by the languages an organisation speaks, each by its own name.' })}
    ${codes.map((code, i) => html`${i > 0 ? ', ' : ''}<span lang=${code}>${ownName(code)}</span>`)}
  </p>`;
}

function renderChannel(org: Org, channel: OrgChannel, openNow: OpenNowController, select: Select): TemplateResult {
  const via: HelpOrgsVia = channel.type === 'phone' || channel.type === 'email' ? channel.type : 'web';
  const selected = () => select(org.id, channel.type, via);
  const label = {
    chat: () => msg(str`Chat via ${channel.display}`, { id: 'orgs.chat', desc: 'The placeholder is the name of a chat website.' }),
    web: () => msg(str`Online melden via ${channel.display}`, { id: 'orgs.web', desc: 'The placeholder is the name of a website with a form to report online.' }),
    email: () => channel.display,
  };
  return html`<li>
    ${channel.type === 'phone'
      ? callLink(channel, 'channel', selected)
      : html`<a class="link" part="channel" href=${channel.href} @click=${selected}>${label[channel.type]()}</a>`}
    ${channel.always ? html`<span class="badge" part="badge">${msg('Dag en nacht', { id: 'orgs.badge.always', desc: 'A label beside a phone number: it can be called at any hour.' })}</span>` : nothing}
    ${channel.anonymous ? html`<span class="badge" part="badge">${msg('Anoniem', { id: 'orgs.badge.anonymous', desc: 'A label beside a phone number or form: it can be used anonymously.' })}</span>` : nothing}
    ${channel.hours ? html`<span class="hours">${channel.hours()}</span>` : nothing}
    ${channel.openingHours ? renderOpenNow(channel as Hours, openNow) : nothing}
  </li>`;
}

/** Whether the channel is open now; on a public holiday it may be closed on, the lines answered day and night too. */
function renderOpenNow(hours: Hours, openNow: OpenNowController): TemplateResult {
  const state = openNow.state(hours);
  return html`<span class="open-now" part="open-now">${openNow.text(state)}</span>
    ${state.holiday ? renderReachable() : nothing}`;
}
