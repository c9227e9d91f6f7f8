import { z } from 'zod';
import { supportedLanguages, type SupportedLanguage } from '../../shared/domain/vocabulary';
import peopleFile from './data/people.json' with { type: 'json' };
import { lazily, listOf, parseDataFile } from './data-file';
import type { SeededRandom } from './random';

/** A demo customer: who files the tickets. */
export interface DemoCustomer {
  email: string;
  name: string;
  /** How agents greet the customer: the full name in Korean and Chinese, the first name in English. */
  greetingName: string;
  language: SupportedLanguage;
  isVip: boolean;
}

const word = z.string().regex(/^\S+$/, 'one word, no spaces');
// A name part as written natively, and romanized for the e-mail address: ["김", "kim"].
const namePart = z.tuple([word, z.string().regex(/^[a-z]+$/, 'lower-case Latin letters')]);
const nativeNames = z.object({ surnames: listOf(namePart), givenNames: listOf(namePart) }).strict();
// Customers write from reserved example domains only, never a real one.
const domain = z.string().regex(/^example\.[a-z]+$/, 'an example domain (example.com, example.kr...)');

/** The schema of `data/people.json`: the names and e-mail addresses customers are made of. */
export const demoPeopleSchema = z
  .object({
    names: z
      .object({
        ko: nativeNames,
        zh: nativeNames,
        en: z.object({ firstNames: listOf(word), lastNames: listOf(word) }).strict(),
      })
      .strict(),
    /** Nicknames some customers use as the first part of their address. */
    handles: listOf(z.string().regex(/^[a-z0-9.]+$/, 'lower-case letters, digits and dots')),
    /** The example domains of each language's customers (repeats weight the pick). */
    domains: z.record(z.enum(supportedLanguages), listOf(domain)),
  })
  .strict();

const people = lazily(() => parseDataFile('people.json', demoPeopleSchema, peopleFile));

function localPart(random: SeededRandom, given: string, family: string): string {
  const variant = random.integer(0, 5);
  switch (variant) {
    case 0:
      return `${given}.${family}`;
    case 1:
      return `${family}${given}${random.integer(70, 99)}`;
    case 2:
      return `${given.charAt(0)}${family}${random.digits(4)}`;
    case 3:
      return `${given}_${random.integer(1, 999)}`;
    case 4:
      return `${random.pick(people().handles)}${random.integer(1, 9999)}`;
    default:
      return `${family}.${given}`;
  }
}

/**
 * Makes customers with names and addresses typical for their language, each address used once
 * (`takenEmails` collects them). Addresses are on example domains only.
 */
export function createCustomer(
  random: SeededRandom,
  language: SupportedLanguage,
  takenEmails: Set<string>,
): DemoCustomer {
  let name: string;
  let greetingName: string;
  let given: string;
  let family: string;
  const { names, domains } = people();
  if (language === 'ko') {
    const [surname, surnameRoman] = random.pick(names.ko.surnames);
    const [givenName, givenRoman] = random.pick(names.ko.givenNames);
    name = surname + givenName;
    greetingName = name;
    given = givenRoman;
    family = surnameRoman;
  } else if (language === 'zh') {
    const [surname, surnameRoman] = random.pick(names.zh.surnames);
    const [givenName, givenRoman] = random.pick(names.zh.givenNames);
    name = surname + givenName;
    greetingName = name;
    given = givenRoman;
    family = surnameRoman;
  } else {
    const first = random.pick(names.en.firstNames);
    const last = random.pick(names.en.lastNames);
    name = `${first} ${last}`;
    greetingName = first;
    given = first.toLowerCase();
    family = last.toLowerCase();
  }
  const domain = random.pick(domains[language]);
  let email = `${localPart(random, given, family)}@${domain}`;
  while (takenEmails.has(email)) {
    email = `${localPart(random, given, family)}${random.integer(1, 99)}@${domain}`;
  }
  takenEmails.add(email);
  return { email, name, greetingName, language, isVip: random.chance(0.05) };
}
