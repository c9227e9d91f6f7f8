/**
 * Domain words the detectors look for around a value. Each list is knowledge about how people write
 * about secrets in English, Korean and Chinese, never text taken from one test case.
 */

/**
 * English words that never sit inside a pasted seed phrase but fill every sentence. A list window may
 * hold one word that is not a list word (a typo), never one of these.
 */
export const englishStopwords: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet my our your his her its their me us him them i you he she it we they ' +
    'is am are was were be been being do does did have has had will would shall should can could may ' +
    'might must to of in on at by for with from into onto as if than then that this these those there ' +
    'here what when where which who whom whose why how not no yes please thanks thank hi hello dear'
  ).split(' '),
);

/**
 * Words that introduce a recovery phrase. Chinese written without spaces counts as a phrase when one of
 * these stands right before it ("助记词：…", "我的助记词是…"), since ordinary Chinese is mostly list
 * characters.
 */
export const seedWords =
  /seed(?:\s*phrase|\s*words?)?|mnemonic(?:\s*phrase)?|recovery\s*(?:phrase|words)|secret\s*phrase|backup\s*phrase|시드\s*(?:문구|구문)?|니모닉|복구\s*(?:문구|구문|단어)|助记词|助記詞|助记码|助記碼|种子词|種子詞|种子短语|種子短語|恢复词|恢復詞|恢复短语|恢復短語|备份词|備份詞|钱包密语|錢包密語/iu;

/**
 * The most frequent grammatical characters of written Chinese (particles, pronouns, common verbs). A
 * sentence has several; twelve characters drawn at random from the 2,048 of the BIP-39 list seldom do.
 */
export const chineseFunctionCharacters: ReadonlySet<string> = new Set([
  ...'的了是在不我你他她它们这那有和也都就要会说对能着没到很吗吧呢啊把被给让从向跟与及或而但如果因为所以可已经还再又才只个些什么怎么以之其于将等请您麻烦帮查一下吗呀哦嗯',
  ...'們這說對沒嗎讓從與經還麼將請煩幫',
]);

/** Words naming a wallet's private key (a 64-hex value next to one is a key, not a hash). */
export const privateKeyWords = [
  'private key',
  'private-key',
  'privatekey',
  'private_key',
  'privkey',
  'priv key',
  'wallet key',
  'secret exponent',
  '개인키',
  '개인 키',
  '프라이빗 키',
  '프라이빗키',
  '비밀키',
  '지갑 키',
  '私钥',
  '私鑰',
  '秘密鍵',
  '私人密钥',
  '私人密鑰',
];

/** Words naming an exchange API credential. */
export const apiSecretWords = [
  'secret key',
  'secret-key',
  'secretkey',
  'secret_key',
  'api secret',
  'api-secret',
  'api_secret',
  'apisecret',
  'client secret',
  'client_secret',
  'api key',
  'api-key',
  'api_key',
  'apikey',
  'access key',
  'access-key',
  'access_key',
  'accesskey',
  'secret',
  '시크릿 키',
  '시크릿키',
  '시크릿',
  '비밀 키',
  'api 키',
  'api키',
  '액세스 키',
  '액세스키',
  '엑세스 키',
  '엑세스키',
  '접근 키',
  '密钥',
  '密鑰',
  '秘钥',
  '秘鑰',
  'api密钥',
  'api 密钥',
  'api密鑰',
  '访问密钥',
  '訪問密鑰',
  '接口密钥',
];

/**
 * Words naming a public identifier: a value next to one of these (closer than any key word) is a hash,
 * an address or an order id and stays as sent.
 */
export const identifierWords = [
  'txid',
  'tx id',
  'tx-id',
  'tx_id',
  'tx hash',
  'txhash',
  'tx-hash',
  'transaction hash',
  'transaction id',
  'transaction',
  'hash',
  'block',
  'address',
  'wallet address',
  'order',
  'order id',
  'public key',
  'pubkey',
  'memo',
  'tag',
  'etherscan',
  'explorer',
  '해시',
  '트랜잭션',
  '거래 id',
  '거래id',
  '주소',
  '주문',
  '공개키',
  '공개 키',
  '블록',
  '交易哈希',
  '哈希',
  '交易id',
  '交易 id',
  '交易号',
  '交易號',
  '区块',
  '區塊',
  '地址',
  '订单',
  '訂單',
  '公钥',
  '公鑰',
];

/** Words naming a password or PIN, in English, Korean and Chinese. */
export const passwordWords = [
  'password',
  'passwd',
  'passcode',
  'passphrase',
  'pass word',
  'pwd',
  'pw',
  'pin',
  'pin code',
  'login password',
  'trading password',
  'fund password',
  '비밀번호',
  '비번',
  '패스워드',
  '암호',
  '핀번호',
  '핀 번호',
  '密码',
  '密碼',
  '登录密码',
  '登錄密碼',
  '交易密码',
  '交易密碼',
  '资金密码',
  '資金密碼',
  '支付密码',
  '口令',
];

/** Words naming a one-time code (OTP, 2FA, SMS or e-mail verification code). */
export const otpWords = [
  'otp',
  'otp code',
  '2fa',
  '2fa code',
  'mfa',
  'mfa code',
  'two-factor code',
  'two factor code',
  'authenticator code',
  'google authenticator',
  'google auth',
  'verification code',
  'sms code',
  'security code',
  'one-time code',
  'one time code',
  'one-time password',
  'one time password',
  'auth code',
  'login code',
  'confirmation code',
  '인증번호',
  '인증 번호',
  '인증코드',
  '인증 코드',
  'otp 번호',
  'otp번호',
  '구글 otp',
  '보안코드',
  '보안 코드',
  '확인 코드',
  '확인코드',
  '验证码',
  '驗證碼',
  '谷歌验证码',
  '谷歌驗證碼',
  '动态码',
  '動態碼',
  '短信码',
  '校验码',
  '校驗碼',
  '安全码',
  '二次验证码',
];

/**
 * English words that follow "password" in a sentence about it rather than give it ("password reset",
 * "my password is wrong"); a bare letters-only value must not be one of these.
 */
export const passwordTalkWords: ReadonlySet<string> = new Set(
  (
    'reset resets change changed changing update updated wrong incorrect invalid expired expire expires ' +
    'locked blocked forgot forgotten lost stolen hacked compromised leaked weak strong correct right ' +
    'not never still also too the a an and or but for to at of in on with from by since after before ' +
    'was were is are be been being has have had does did do doesnt dont isnt wasnt cant cannot wont ' +
    'same different new old fine ok okay working required needed sensitive manager recovery protected ' +
    'field box page screen link email mail sms message prompt request requests please help again ' +
    'anymore now today yesterday missing rejected accepted entered typed sent received set saved'
  ).split(' '),
);
