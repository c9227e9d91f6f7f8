import { describe, expect, it } from 'vitest';
import fundFile from '../../server/demo/data/en/funds.json' with { type: 'json' };
import tradingFile from '../../server/demo/data/en/trading.json' with { type: 'json' };
import koreanPhraseFile from '../../server/demo/data/ko/phrases.json' with { type: 'json' };
import moreFaqFile from '../../server/demo/data/faq/more.json' with { type: 'json' };
import peopleFile from '../../server/demo/data/people.json' with { type: 'json' };
import detailFile from '../../server/demo/data/details.json' with { type: 'json' };
import { DemoDataError, parseDataFile } from '../../server/demo/data-file';
import { demoDetailsSchema } from '../../server/demo/details';
import { faqEntriesSchema } from '../../server/demo/faq-library';
import { demoPeopleSchema } from '../../server/demo/people';
import { languagePhrasesSchema, themeTextsSchema } from '../../server/demo/phrases';

// A copy of a data file's JSON with one change, as a careless edit would leave it.
function edited<Value>(content: Value, edit: (copy: Value) => void): Value {
  const copy = structuredClone(content);
  edit(copy);
  return copy;
}

function failureOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(DemoDataError);
    return (error as Error).message;
  }
  throw new Error('the data file was accepted');
}

describe('demo data files', () => {
  it('accepts the shipped files', () => {
    expect(() => parseDataFile('ko/phrases.json', languagePhrasesSchema, koreanPhraseFile)).not.toThrow();
    expect(() => parseDataFile('en/funds.json', themeTextsSchema('funds'), fundFile)).not.toThrow();
    expect(() => parseDataFile('people.json', demoPeopleSchema, peopleFile)).not.toThrow();
    expect(() => parseDataFile('details.json', demoDetailsSchema, detailFile)).not.toThrow();
  });

  it('names the file and the field of a missing list and of a wrong type', () => {
    const broken = edited(koreanPhraseFile as Record<string, unknown>, (copy) => {
      delete copy.customerGreetings;
      (copy.banks as unknown[])[1] = 42;
    });
    const message = failureOf(() => parseDataFile('ko/phrases.json', languagePhrasesSchema, broken));
    expect(message).toContain('server/demo/data/ko/phrases.json');
    expect(message).toMatch(/customerGreetings: .*expected array/);
    expect(message).toMatch(/banks\[1\]: .*expected string/);
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    const broken = edited(koreanPhraseFile as Record<string, unknown>, (copy) => {
      copy.customerGreeting = copy.customerGreetings;
    });
    expect(failureOf(() => parseDataFile('ko/phrases.json', languagePhrasesSchema, broken))).toMatch(
      /customerGreeting/,
    );
  });

  it('refuses a placeholder the generator cannot fill, saying where', () => {
    const broken = edited(fundFile, (copy) => {
      copy['deposit-not-credited'].bodies[1] = 'I sent {coinn} an hour ago';
    });
    const message = failureOf(() => parseDataFile('en/funds.json', themeTextsSchema('funds'), broken));
    expect(message).toContain('server/demo/data/en/funds.json');
    expect(message).toContain('deposit-not-credited.bodies[1]: unknown placeholder {coinn}');
  });

  it('refuses a placeholder in a text that is used as written', () => {
    const broken = edited(koreanPhraseFile, (copy) => {
      copy.customerClosings[0] = '{coin} 빨리 확인 부탁드립니다.';
    });
    expect(failureOf(() => parseDataFile('ko/phrases.json', languagePhrasesSchema, broken))).toContain(
      'customerClosings[0]: placeholder {coin} is not filled in this text',
    );
  });

  it('asks a theme file for the texts of every problem of its categories, and no other', () => {
    const missing = edited(fundFile as Record<string, unknown>, (copy) => {
      delete copy['missing-memo'];
    });
    expect(failureOf(() => parseDataFile('en/funds.json', themeTextsSchema('funds'), missing))).toMatch(
      /missing-memo: .*expected object/,
    );
    expect(failureOf(() => parseDataFile('en/funds.json', themeTextsSchema('trading'), fundFile))).toMatch(
      /deposit-not-credited/,
    );
  });

  it('asks for error messages when a text quotes {error}', () => {
    const broken = edited(tradingFile as Record<string, { errors?: string[] }>, (copy) => {
      delete copy['order-wont-cancel']?.errors;
    });
    expect(failureOf(() => parseDataFile('en/trading.json', themeTextsSchema('trading'), broken))).toContain(
      'order-wont-cancel.errors: a text uses {error}: list the errors',
    );
  });

  it('keeps customers on example domains and phishing links on reserved names', () => {
    const realDomain = edited(peopleFile, (copy) => {
      copy.domains.en.push('gmail.com');
    });
    expect(failureOf(() => parseDataFile('people.json', demoPeopleSchema, realDomain))).toContain(
      'domains.en[4]: an example domain',
    );
    const realLink = edited(detailFile, (copy) => {
      copy.phishingLinks.push('https://demo-exchange.com/login');
    });
    expect(failureOf(() => parseDataFile('details.json', demoDetailsSchema, realLink))).toContain(
      'phishingLinks[6]: a link on a reserved example domain',
    );
  });

  it('keeps recovery phrases made of BIP-39 words, so masking recognises them', () => {
    const broken = edited(detailFile, (copy) => {
      copy.recoveryWords[3] = 'bitcoin';
    });
    expect(failureOf(() => parseDataFile('details.json', demoDetailsSchema, broken))).toContain(
      'recoveryWords[3]: a word of the BIP-39 English list',
    );
  });

  it('checks that an FAQ reply declares the prompts its bodies use', () => {
    const schema = faqEntriesSchema(['tx_hash', 'order_id']);
    expect(() => parseDataFile('faq/more.json', schema, moreFaqFile)).not.toThrow();
    const undeclared = edited(moreFaqFile as { prompts?: string[] }[], (copy) => {
      delete copy[0]?.prompts;
    });
    expect(failureOf(() => parseDataFile('faq/more.json', schema, undeclared))).toContain(
      '[0].ko.body: {{prompt.tx_hash}} needs "tx_hash" in this reply\'s prompts',
    );
    const unknown = edited(moreFaqFile as { prompts?: string[] }[], (copy) => {
      copy[0]?.prompts?.push('wallet_name');
    });
    expect(failureOf(() => parseDataFile('faq/more.json', schema, unknown))).toMatch(/\[0\]\.prompts\[1\]/);
  });
});
