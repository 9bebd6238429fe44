/*
 * The only place where text becomes a link. Only https:, tel: and mailto: ever reach an href:
 * partner data is written by many hands, and a javascript: or data: URL in a help widget
 * would be an attack on the people it is meant to protect.
 */

const PHONE_CHARS = /^\+?[\d\s\-().]+$/;

/** A phone number as the widget shows it (the Dutch way, as written) and dials it. */
export interface PhoneLink {
  display: string;
  href: string;
}

/**
 * Dutch service numbers (0800 free, 0900/0906/0909 paid, and the rest of 080x/090x) cannot be
 * called from abroad in any form, and a network may refuse them in international form: they are
 * dialled as in the Netherlands. Other Dutch numbers, 088 company numbers included, work from
 * anywhere with +31.
 */
const SERVICE_NUMBER = /^0[89]0\d/;

/**
 * Turns a phone number as written in the Netherlands ("033 448 11 86", "0900-8844",
 * "+31 88 222 0500", "112") into a `tel:` link as a caller dials it: service numbers (08xx,
 * 09xx) in national form (`tel:09008844`), short numbers (112) as they are, every other number
 * in international form (`tel:+31334481186`). Anything else than a phone number gives
 * undefined.
 */
export function toPhoneLink(value: unknown): PhoneLink | undefined {
  if (typeof value !== 'string') return undefined;
  const display = value.trim().replace(/\s+/g, ' ');
  if (!PHONE_CHARS.test(display)) return undefined;
  // "+31 (0)88 …": the (0) is not dialled from abroad.
  let digits = display.replace(/\(0\)|\D/g, '');
  if (display.startsWith('+')) digits = `+${digits}`;
  else if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (!digits.startsWith('0') && digits.length > 5) return undefined;
  const count = digits.replace('+', '').length;
  if (count < 3 || count > 15) return undefined;
  const national = digits.startsWith('+31') ? `0${digits.slice(3)}` : digits;
  if (SERVICE_NUMBER.test(national)) digits = national;
  else if (national.startsWith('0')) digits = `+31${national.slice(1)}`;
  return { display, href: `tel:${digits}` };
}

/**
 * An https: URL already written as the URL parser writes it: a lower-case host (no port, no
 * number as its last label, no punycode) and a path without dot segments or escapes. Most links
 * are; they skip the parser, which in Chromium costs a list of a thousand organisations about
 * 15 ms. tests/shared/links.test.ts checks that both ways give the same href.
 */
const CANONICAL_HTTPS = /^https:\/\/(?!\S*xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?![^?]*\/\.)\/[\w\-.~/?=&+]*$/;

/** An https: URL, normalised, or undefined for anything else (http:, javascript:, data:, junk). */
export function toWebHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (CANONICAL_HTTPS.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' && url.hostname !== '' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `mailto:` link for a plain e-mail address, or undefined. */
export function toMailHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const address = value.trim();
  return /^[^\s@<>"'()[\],;:\\]+@[^\s@<>"'()[\],;:\\]+\.[^\s@<>"'()[\],;:\\]+$/.test(address)
    ? `mailto:${address}`
    : undefined;
}

/** A link's visible host, "politie.nl" for https://www.politie.nl/…, for link text. */
export function displayHost(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}
