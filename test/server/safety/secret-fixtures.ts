/**
 * Secrets the service tests send through every entry. Each `pasted` line is what a customer or agent
 * types; `secret` is the part that must never be stored (the tests search for it in answers, the change
 * log and the bytes of the data folder).
 */

/** A valid 12-word BIP-39 phrase (a published test vector: it controls no funds). */
export const seedPhrase = 'legal winner thank year wave sausage worth useful legal winner thank yellow';

/** 64 hex characters given as a private key (random, controls nothing). */
export const privateKeyHex = '9f4c2b7e81d3a6f05c1e8b2d47a9f36e0d5c8b1a2e7f4d69c3b0a5e8f1d2c7b4';

/** A one-time code and a password, each given with its context words. */
export const otpCode = '482913';
export const password = 'Tr0ub4dor&3xQ';

/** The secrets themselves, for searching stored bytes and answers. */
export const secretStrings = [seedPhrase, 'sausage worth useful', privateKeyHex, password];

/** A customer's sentence that hands over the seed phrase. */
export const seedLine = `Here are my 12 words so you can check my wallet: ${seedPhrase}`;
/** A sentence that hands over a private key. */
export const privateKeyLine = `my private key: ${privateKeyHex}`;
/** A sentence that hands over a one-time code. */
export const otpLine = `The OTP code is ${otpCode}`;
/** A sentence that hands over a password. */
export const passwordLine = `my password is ${password}`;
