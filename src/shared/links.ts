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
 * Turns a phone number as written in the Netherlands ("033 448 11 86", "0900-8844",
 * "+31 88 222 0500", "112") into a `tel:` link in international form (`tel:+31334481186`).
 * Short service numbers (112) stay as they are. Anything else than a phone number gives
 * undefined.
 */
export function toPhoneLink(value: unknown): PhoneLink | undefined {
  if (typeof value !== 'string') return undefined;
  const display = value.trim().replace(/\s+/g, ' ');
  if (!PHONE_CHARS.test(display)) return undefined;
  const international = display.replace(/\(0\)/g, '');
  let digits = international.replace(/\D/g, '');
  if (international.startsWith('+')) digits = `+${digits}`;
  else if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith('0')) digits = `+31${digits.slice(1)}`;
  else if (digits.length > 5) return undefined;
  const count = digits.replace('+', '').length;
  if (count < 3 || count > 15) return undefined;
  return { display, href: `tel:${digits}` };
}

/** An https: URL, normalised, or undefined for anything else (http:, javascript:, data:, junk). */
export function toWebHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
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
