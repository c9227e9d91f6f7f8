import { firstMatch, type Finding } from './finding';

/**
 * Account ids: an id right after an account word: `UID 10293847`, `Account ID: …`, `user id`, `member no.`,
 * `회원번호`, `회원 ID`, `계정 ID`, `用户ID`, `账户ID`, `账号`, `会员号`. The id is ASCII letters, digits,
 * `_`, `.` or `-`, at least 4 characters with a digit (`kim_1988`); a bank account number (`계좌번호`) or
 * a messenger id (`카톡 아이디`) is not an exchange account.
 */
const accountWord = String.raw`(?:\bUID|\buser\s*(?:id|no\.?|number)|\baccount\s*(?:id|no\.?|number)?|\bmember\s*(?:id|no\.?|number)|회원\s*(?:번호|ID|아이디)|계정\s*(?:번호|ID|아이디)|(?:用户|账户|账号|帐号|会员)\s*(?:ID|号|编号|名)?)`;
const linker = String.raw`\s*(?:is|는|은|是|为)?\s*[:：#]?\s*`;
const pattern = new RegExp(`${accountWord}${linker}([0-9a-z][0-9a-z_.-]*[0-9a-z])`, 'gi');

/** The first account id in `text`, or null. */
export function findAccountId(text: string): Finding | null {
  return firstMatch(text, pattern, (match) => {
    const value = match[1] ?? '';
    return value.length >= 4 && /\d/.test(value);
  });
}
