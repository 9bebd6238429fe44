import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { displayHost, toMailHref, toPhoneLink, toWebHref } from '../../src/shared/links.js';

describe('links', () => {
  it('dials numbers as a caller in the Netherlands does and shows them as written', () => {
    const cases: [string, string, string][] = [
      // 112 as it is
      ['112', 'tel:112', '112'],
      // service numbers (08xx, 09xx) cannot be called from abroad: national form, also when written with +31
      ['0900-8844', 'tel:09008844', '0900-8844'],
      ['0800-7000', 'tel:08007000', '0800-7000'],
      ['0800 2000', 'tel:08002000', '0800 2000'],
      ['0906-1234567', 'tel:09061234567', '0906-1234567'],
      ['+31 800 7000', 'tel:08007000', '+31 800 7000'],
      ['0031 900 8844', 'tel:09008844', '0031 900 8844'],
      // geographic, company (088) and mobile numbers work from anywhere: international form
      ['033 448 11 86', 'tel:+31334481186', '033 448 11 86'],
      ['088 2220500', 'tel:+31882220500', '088 2220500'],
      ['+31 (0)88 222 0500', 'tel:+31882220500', '+31 (0)88 222 0500'],
      ['0031 30 000 0000', 'tel:+31300000000', '0031 30 000 0000'],
      ['  030  000 0000 ', 'tel:+31300000000', '030 000 0000'],
      ['06 1234 5678', 'tel:+31612345678', '06 1234 5678'],
      ['+32 2 000 00 00', 'tel:+3220000000', '+32 2 000 00 00'],
    ];
    for (const [written, href, display] of cases) {
      expect(toPhoneLink(written), written).to.deep.equal({ href, display });
    }
  });

  it('refuses anything that is not a phone number', () => {
    for (const bad of ['', '12', 'bel ons', 'javascript:alert(1)', '030 000 0000<script>', '1234567', '+31 0000 0000 0000 0000', 42, null, {}]) {
      expect(toPhoneLink(bad), String(bad)).to.equal(undefined);
    }
  });

  it('lets only https: URLs become web links', () => {
    expect(toWebHref('https://www.politie.nl/')).to.equal('https://www.politie.nl/');
    expect(toWebHref(' https://voorbeeld.example/pad?q=1 ')).to.equal('https://voorbeeld.example/pad?q=1');
    for (const bad of ['http://politie.nl', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '//politie.nl', 'politie.nl', 'https:', 5, undefined]) {
      expect(toWebHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('gives the URL parser\'s href for every https: URL, also those it takes without parsing', () => {
    const parsed = (value: string) => {
      try {
        const url = new URL(value.trim());
        return url.protocol === 'https:' && url.hostname !== '' ? url.href : undefined;
      } catch {
        return undefined;
      }
    };
    // Strings near the shortcut's edges: case, ports, numbers, punycode, dots, escapes, spaces.
    const piece = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 12 });
    const url = fc
      .tuple(
        fc.constantFrom('https://', 'HTTPS://', 'https:/', 'http://', ' https://'),
        piece('abzAZ09-.x'),
        fc.constantFrom('', 'xn--', ':443', ':8080', '.'),
        piece('abz09-.'),
        fc.constantFrom('', '/', '\\', '?', '#'),
        piece('/.az_~-?=&+%2e# \t\'"<>\\é'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(url, (value) => toWebHref(value) === parsed(value)),
      { seed: 20261127, numRuns: 5000 },
    );
    expect(toWebHref('https://www.politie.nl/')).to.equal('https://www.politie.nl/');
    expect(toWebHref('https://WWW.Politie.NL')).to.equal('https://www.politie.nl/');
  });

  it('lets only plain e-mail addresses become mailto: links', () => {
    expect(toMailHref('info@comensha.nl')).to.equal('mailto:info@comensha.nl');
    for (const bad of ['info@', 'a b@c.nl', 'x@y', 'javascript:alert(1)@x.nl', '"><img>@x.nl', null]) {
      expect(toMailHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('shows a link by its host', () => {
    expect(displayHost('https://www.politie.nl/informatie')).to.equal('politie.nl');
  });
});
