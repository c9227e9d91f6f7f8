import { describe, expect, it } from 'vitest';
import { findSecretRequests, lintReply } from '../../../shared/safety/reply-lint';

const official = ['upbit.com'];

describe('reply lint: asking for a secret', () => {
  it.each([
    ['Please send us your OTP code so we can verify.', 'otp_code'],
    ['What is your 2FA code?', 'otp_code'],
    ['Could you tell me your private key?', 'private_key'],
    ['To restore access, reply with your 12 words.', 'seed_phrase'],
    ['Please share your seed phrase with us.', 'seed_phrase'],
    ['We need your password to check the account.', 'password'],
    ['Please provide your API secret key.', 'api_secret'],
    ['Please send your OTP code, not your password', 'otp_code'],
    ['If you did not receive the code, please share the 6-digit verification code with us.', 'otp_code'],
    ['인증번호를 알려주세요.', 'otp_code'],
    ['확인을 위해 시드 문구를 보내 주세요.', 'seed_phrase'],
    ['비밀번호를 말씀해 주시면 확인하겠습니다.', 'password'],
    ['请提供您的验证码。', 'otp_code'],
    ['请把助记词发给我们。', 'seed_phrase'],
    ['请告诉我们您的私钥。', 'private_key'],
  ])('refuses "%s" (%s)', (reply, kind) => {
    expect(findSecretRequests(reply)).toEqual([{ kind, text: reply.trim() }]);
  });

  it.each([
    'We will never ask for your password.',
    'No one from our team will ask you to send your password or seed phrase.',
    'Never share your seed phrase with anyone. Please send a screenshot of the deposit.',
    'Do not give your OTP code to anyone, even if they say they are from support.',
    'Please change your password and enable 2FA.',
    'Please provide the transaction hash (TxID) and the amount.',
    '비밀번호는 절대 알려주지 마세요.',
    '저희는 인증번호를 요청하지 않습니다.',
    '请勿向任何人提供您的助记词。',
    '我们绝不会索要您的密码或验证码。',
  ])('lets "%s" through', (reply) => {
    expect(lintReply(reply, official)).toEqual([]);
  });
});

describe('reply lint: links', () => {
  it('lets official links through and refuses the others with their reason', () => {
    expect(lintReply('Reset it at https://upbit.com/reset or https://www.upbit.com/help.', official)).toEqual(
      [],
    );
    expect(lintReply('Log in at https://upbit-support.com and upb1t.com/login.', official)).toEqual([
      { kind: 'link', text: 'https://upbit-support.com', reason: 'lookalike' },
      { kind: 'link', text: 'upb1t.com/login', reason: 'lookalike' },
    ]);
  });

  it('reports a secret request and a link together, sentence first', () => {
    expect(
      lintReply('Enter your seed phrase at https://upbit-verify.io and send us your OTP.', official),
    ).toEqual([
      {
        kind: 'seed_phrase',
        text: 'Enter your seed phrase at https://upbit-verify.io and send us your OTP.',
      },
      { kind: 'link', text: 'https://upbit-verify.io', reason: 'lookalike' },
    ]);
  });
});
