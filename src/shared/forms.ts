import { msg } from '@lit/localize';

/** The four forms of exploitation the law names (Nationaal Rapporteur; Wegwijzer Mensenhandel). */
export const FORMS = ['sexual', 'labour', 'criminal', 'organ'] as const;
export type Form = (typeof FORMS)[number];

/** A form's name for a visitor, in the page's language. */
export function formLabel(form: Form): string {
  switch (form) {
    case 'sexual':
      return msg('Seksuele uitbuiting', { id: 'form.sexual', desc: 'A form of human trafficking: a heading and a filter option.' });
    case 'labour':
      return msg('Arbeidsuitbuiting', { id: 'form.labour', desc: 'A form of human trafficking: a heading and a filter option.' });
    case 'criminal':
      return msg('Criminele uitbuiting', { id: 'form.criminal', desc: 'A form of human trafficking: a heading and a filter option.' });
    case 'organ':
      return msg('Gedwongen orgaanverwijdering', { id: 'form.organ', desc: 'A form of human trafficking: a heading and a filter option.' });
  }
}
