import { expect } from '@open-wc/testing';
import { parseChoice, parseHeadingLevel, parseTokenList } from '../../src/shared/attributes.js';
import { warningsDuring } from '../helpers.js';

describe('attribute parsers', () => {
  it('turns any string into an allowed value or the default, warning once per distinct mistake', async () => {
    const warnings = await warningsDuring(() => {
      expect(parseChoice('x-test', 'size', 'LARGE', ['small', 'large'], 'small')).to.equal('large');
      expect(parseChoice('x-test', 'size', null, ['small', 'large'], 'small')).to.equal('small');
      expect(parseChoice('x-test', 'size', 'huge', ['small', 'large'], 'small')).to.equal('small');
      expect(parseChoice('x-test', 'size', 'huge', ['small', 'large'], 'small')).to.equal('small');
    });
    expect(warnings).to.deep.equal([
      '[mensenhandel-widgets] <x-test> size="huge" is not allowed; using "small". Allowed: small, large.',
    ]);
  });

  it('keeps known tokens in order without repeats', async () => {
    const warnings = await warningsDuring(() => {
      expect(parseTokenList('x-test', 'kinds', ' b  a b ', ['a', 'b', 'c'], ['c'])).to.deep.equal(['b', 'a']);
      expect(parseTokenList('x-test', 'kinds', 'z a', ['a', 'b', 'c'], ['c'])).to.deep.equal(['a']);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"z"');
  });

  it('shortens a huge bad value in the warning', async () => {
    const warnings = await warningsDuring(() => parseHeadingLevel('x-test', '9'.repeat(100_000)));
    expect(warnings[0].length).to.be.lessThan(300);
  });

  it('gives heading levels 1–6 and 2 otherwise', async () => {
    await warningsDuring(() => {
      expect(['1', '6', ' 3 ', '0', '7', '2.5', '', null].map((v) => parseHeadingLevel('x-test', v))).to.deep.equal([
        1, 6, 3, 2, 2, 2, 2, 2,
      ]);
    });
  });
});
