import { describe, expect, it } from 'vitest';
import { confusableSkeleton, isMixedScriptLabel } from '../../../shared/safety/confusables';
import { findLinks, linkWarnings, parseOfficialDomains } from '../../../shared/safety/links';

const official = parseOfficialDomains(' Upbit.com, *.upbit.co.kr ,www.upbit.com');

describe('link warnings against the official domains', () => {
  it('reads the official domains from a comma-separated list, each once', () => {
    expect(official).toEqual(['upbit.com', 'upbit.co.kr']);
  });

  it('accepts the official domains and their subdomains', () => {
    expect(
      linkWarnings(
        'Log in at https://upbit.com/login, see https://support.upbit.co.kr/ko/articles/1 or www.upbit.com.',
        official,
      ),
    ).toEqual([]);
  });

  it.each([
    ['https://upbit-support.com/verify', 'lookalike'],
    ['upb1t.com/login', 'lookalike'],
    ['https://upbit.co/', 'lookalike'],
    ['https://upbitt.com', 'lookalike'],
    ['https://upbit.com.secure-login.io/x', 'lookalike'],
    ['https://xn--upbt-5za.com/', 'punycode'],
    ['https://пример.рф/', 'punycode'],
    ['https://upb\u0430t.com/', 'mixed_script'],
    ['https://upb\u0456t.com/login', 'mixed_script'],
    [
      'https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060',
      'not_official',
    ],
  ])('flags %s as %s', (url, reason) => {
    expect(linkWarnings(`Please open ${url} now.`, official)).toEqual([{ url, reason }]);
  });

  it('finds hosts written between Chinese or Korean words without spaces', () => {
    expect(linkWarnings('请访问upbit-support.com登录', official)).toEqual([
      { url: 'upbit-support.com', reason: 'lookalike' },
    ]);
    expect(linkWarnings('여기upb1t.com에서 로그인', official)).toEqual([
      { url: 'upb1t.com', reason: 'lookalike' },
    ]);
  });

  it('does not read e-mail addresses, file names or abbreviations as links', () => {
    expect(
      findLinks('Write to help@gmail.com, see photo.zip, screenshot.png, e.g. v1.2 or 0.5 ETH.'),
    ).toEqual([]);
  });

  it('leaves sentence punctuation out of the link', () => {
    expect(linkWarnings('Is this real: https://upbit-event.net/claim?', official)).toEqual([
      { url: 'https://upbit-event.net/claim', reason: 'lookalike' },
    ]);
  });

  it('without official domains flags only punycode and mixed scripts', () => {
    expect(linkWarnings('https://etherscan.io and https://xn--upbt-5za.com', [])).toEqual([
      { url: 'https://xn--upbt-5za.com', reason: 'punycode' },
    ]);
  });
});

describe('the confusable skeleton (UTS #39 subset)', () => {
  it('reads digits, Cyrillic and Greek look-alikes and letter pairs as the Latin letters they imitate', () => {
    expect(confusableSkeleton('upb1t')).toBe(confusableSkeleton('upbit'));
    expect(confusableSkeleton('upb\u0456t')).toBe(confusableSkeleton('upbit'));
    expect(confusableSkeleton('\u03bfkx')).toBe(confusableSkeleton('okx'));
    expect(confusableSkeleton('binnance')).not.toBe(confusableSkeleton('binance'));
    expect(confusableSkeleton('rnexc')).toBe(confusableSkeleton('mexc'));
  });

  it('calls Latin mixed with Cyrillic mixed, and Latin with Hangul or Han not', () => {
    expect(isMixedScriptLabel('upb\u0430t')).toBe(true);
    expect(isMixedScriptLabel('upbit')).toBe(false);
    expect(isMixedScriptLabel('업비트upbit')).toBe(false);
    expect(isMixedScriptLabel('пример')).toBe(false);
  });
});
