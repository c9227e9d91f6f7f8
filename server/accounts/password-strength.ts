import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * Password strength, judged by zxcvbn (`@zxcvbn-ts/core` with the common-password and keyboard-pattern data of
 * `@zxcvbn-ts/language-common`), not by a character-class rule: a password must have at least 12 characters
 * and a zxcvbn score of at least 3 of 4 ("safely unguessable: moderate protection from offline slow-hash
 * attacks"), judged with the agent's own e-mail and name as known words. Applies where a password is chosen
 * (`POST /api/agents`, `POST /api/me/password`), never at login, so accounts made before the rule (the
 * demo's `demo-password`) still sign in.
 */

export const minimumPasswordLength = 12;
export const minimumPasswordScore = 3;

// Built once: loading the dictionaries is the costly part (a check then takes a few milliseconds).
let estimator: ZxcvbnFactory | null = null;

/** Why a password is refused, or null when it is strong enough. */
export function passwordWeakness(password: string, knownWords: readonly string[] = []): string | null {
  if ([...password].length < minimumPasswordLength) {
    return `the password needs at least ${minimumPasswordLength} characters`;
  }
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  // zxcvbn's time grows with length; the first 100 characters decide whether a password is guessable.
  const words = knownWords
    .flatMap((word) => [word, ...word.split(/[@.\s_-]+/)])
    .filter((word) => word.length > 2);
  const result = estimator.check(password.slice(0, 100), words);
  if (result.score >= minimumPasswordScore) {
    return null;
  }
  const warning = result.feedback.warning;
  return `the password is too easy to guess${warning ? ` (${warning})` : ''}: use a longer phrase of unrelated words`;
}
