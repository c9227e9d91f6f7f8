import { describe, expect, it } from 'vitest';
import { findSecrets, maskSecrets } from '../../../shared/safety/secrets';

const values = (text: string): string[] =>
  findSecrets(text).map((finding) => text.slice(finding.start, finding.end));

describe('passwords', () => {
  it('masks only the value given after a password word, in en, ko and zh', () => {
    const cases: [string, string][] = [
      ['my password is Hunter2024!', 'Hunter2024!'],
      ['password: Xk9#mPq2', 'Xk9#mPq2'],
      ['login pw qwer1234 please check', 'qwer1234'],
      ["I changed the password to 'sunflower' yesterday", 'sunflower'],
      ['password: sunflower', 'sunflower'],
      ['비밀번호는 Abc123!@ 입니다', 'Abc123!@'],
      ['비번 asdf5678', 'asdf5678'],
      ['제 비밀번호는 qwer1234입니다', 'qwer1234'],
      ['密码是abc12345，登不上去', 'abc12345'],
      ['密码：Qq@778899', 'Qq@778899'],
      ['资金密码 886712', '886712'],
      ['API passphrase: Okx!2024pass', 'Okx!2024pass'],
    ];
    for (const [text, value] of cases) {
      expect(values(text), text).toEqual([value]);
    }
    expect(maskSecrets('비밀번호는 Abc123!@ 입니다', 'ko').text).toBe('비밀번호는 [비밀번호 삭제됨] 입니다');
  });

  it('leaves sentences about a password alone', () => {
    const texts = [
      'password reset at 14:22',
      'My password is wrong and the reset link expired on 2025-03-05.',
      'My PIN is unlocked, what do I do?',
      'I forgot my password',
      'password-reset-email did not arrive',
      '비밀번호가 안 맞아요',
      '비밀번호 변경 후 14:22에 로그인이 안 됩니다',
      '修改密码后就登不上去了，订单 7734509912',
      '密码错误次数太多被锁了',
      // A file named in a path gives no password (an XML entity pointing at /etc/passwd, a Windows path).
      '<!ENTITY xxe SYSTEM "file:///etc/passwd" >]><foo>&xxe;</foo>',
      'the log says it could not open C:\\Users\\kim\\password.txt: access denied',
    ];
    for (const text of texts) {
      expect(findSecrets(text), text).toEqual([]);
    }
  });
});

describe('one-time codes', () => {
  it('masks only the code given after an OTP word, in en, ko and zh', () => {
    const cases: [string, string][] = [
      ['OTP 123456 is not accepted', '123456'],
      ['2FA code: 123 456', '123 456'],
      ['the authenticator code is 654321', '654321'],
      ['Google Authenticator shows 908172 now', '908172'],
      ['인증번호 482913 입니다', '482913'],
      ['OTP는 539066입니다', '539066'],
      ['验证码是 482913', '482913'],
      ['谷歌验证码：129384', '129384'],
      ['OTP 코드 771204 넣었는데 안 돼요', '771204'],
    ];
    for (const [text, value] of cases) {
      expect(values(text), text).toEqual([value]);
    }
  });

  it('leaves dates, times, order ids and complaints near OTP words alone', () => {
    const texts = [
      "OTP doesn't work since 2025-03-05",
      'OTP failed at 14:22:05',
      '2FA code for order 20250305123456 never came',
      'verification code not received for withdrawal of 1500.25 USDT',
      '인증번호가 안 와요',
      'OTP 오류 주문번호 123456',
      '验证码收不到，订单号 123456',
      '谷歌验证码从 2025-03-05 开始一直提示错误',
    ];
    for (const text of texts) {
      expect(findSecrets(text), text).toEqual([]);
    }
  });
});
