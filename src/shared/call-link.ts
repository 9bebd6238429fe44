import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { PhoneLink } from './links.js';

/**
 * A link that calls a number: "Bel 112". Every widget draws its call links here, so each one says
 * it the same way in every language. A call button (a tap target, `.call` in base.styles.ts), or
 * with `inline` a link in running text; `part` for a partner's styles; `onClick` for the widget's
 * select event (the call goes ahead).
 */
export const callLink = (phone: PhoneLink, part?: string, onClick?: () => void, inline?: boolean): TemplateResult =>
  html`<a class=${inline ? '' : 'target call'} part=${part ?? ''} href=${phone.href} @click=${onClick}
    >${msg(str`Bel ${phone.display}`, { id: 'call', desc: 'The placeholder is a phone number: a link that calls it.' })}</a
  >`;
