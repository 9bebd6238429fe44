import { msg } from '@lit/localize';

/** The four forms of exploitation the law names (Nationaal Rapporteur; Wegwijzer Mensenhandel). */
export const FORMS = ['sexual', 'labour', 'criminal', 'organ'] as const;
export type Form = (typeof FORMS)[number];

/** A form's name for a visitor, in the page's language. */
export function formLabel(form: Form): string {
  switch (form) {
    case 'sexual':
      return msg('Seksuele uitbuiting');
    case 'labour':
      return msg('Arbeidsuitbuiting');
    case 'criminal':
      return msg('Criminele uitbuiting');
    case 'organ':
      return msg('Gedwongen orgaanverwijdering');
  }
}
