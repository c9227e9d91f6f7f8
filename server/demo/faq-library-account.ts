import { awaitCustomer, type DemoFaqEntry } from './faq-library-compose';

/** Demo FAQ replies about KYC, 2FA, locked accounts and security. */
export const accountReplies: DemoFaqEntry[] = [
  {
    folder: 'Security::Standard warning',
    categories: [],
    keywords: [
      'security warning',
      'password',
      'seed phrase',
      'private key',
      'OTP',
      '보안 경고',
      '비밀번호',
      '安全提示',
      '助记词',
    ],
    ko: {
      title: '보안 안내 - 비밀번호/시드 문구/OTP를 요구하지 않습니다',
      body: '저희 직원은 어떤 경우에도 비밀번호, 시드 문구(복구 문구), 개인 키, OTP 인증 코드를 요구하지 않습니다. 이를 요구하는 연락은 모두 사기이니 절대 알려 주지 마세요.\n공식 연락은 이 고객센터 문의 창구로만 진행됩니다.',
    },
    en: {
      title: 'Security notice - we never ask for passwords, seed phrases or OTP codes',
      body: 'Our staff will never ask for your password, seed phrase (recovery phrase), private keys or OTP codes, under any circumstances. Anyone asking for them is a scammer: never share them.\nWe only contact you through this support channel.',
    },
    zh: {
      title: '安全提示 - 我们绝不会索要密码、助记词或验证码',
      body: '我们的工作人员在任何情况下都不会向您索要密码、助记词（恢复短语）、私钥或 OTP 验证码。任何索要上述信息的人都是诈骗者，请切勿透露。\n我们只会通过本客服渠道与您联系。',
    },
  },
  {
    folder: 'Security::Phishing',
    categories: ['account_security'],
    keywords: ['phishing', 'scam', 'fake site', 'impersonation', '피싱', '사칭', '钓鱼', '诈骗'],
    actions: { priority: 'high', add_tags: ['phishing'] },
    ko: {
      title: '피싱 의심 - 즉시 조치 안내',
      body: '피싱이 의심되는 상황을 알려 주셔서 감사합니다. 피해 예방을 위해 지금 바로 아래 조치를 해 주세요.\n1. 공식 사이트에서 비밀번호 변경\n2. OTP 재설정 및 모든 기기 로그아웃\n3. API 키 삭제\n저희도 계정을 모니터링하고 있으며, 의심 링크나 메시지 캡처를 보내 주시면 차단 조치하겠습니다. 저희는 비밀번호, 시드 문구, OTP 코드를 절대 요구하지 않습니다.',
    },
    en: {
      title: 'Suspected phishing - what to do now',
      body: 'Thank you for reporting this. To keep your account safe, please right away:\n1. Change your password on our official site\n2. Reset 2FA and sign out of all devices\n3. Delete your API keys\nWe are monitoring your account; send us the suspicious link or message and we will have it blocked. We never ask for passwords, seed phrases or OTP codes.',
    },
    zh: {
      title: '疑似钓鱼 - 请立即采取措施',
      body: '感谢您及时反馈。为保障账户安全，请立即：\n1. 在官方网站修改密码\n2. 重置双重验证并退出所有设备\n3. 删除 API 密钥\n我们正在监控您的账户，请将可疑链接或消息截图发给我们以便拦截。我们绝不会索要密码、助记词或验证码。',
    },
  },
  {
    folder: 'Security::Account locked',
    categories: ['account_security'],
    keywords: ['account locked', 'frozen', 'login attempts', '계정 잠금', '로그인 제한', '账户锁定', '冻结'],
    actions: awaitCustomer,
    ko: {
      title: '계정 잠금 해제 안내',
      body: '로그인 실패가 여러 번 발생하여 보안을 위해 계정이 일시 잠금되었습니다.\n본인 확인을 위해 신분증을 들고 있는 사진과 오늘 날짜를 적은 메모를 함께 보내 주시면 확인 후 잠금을 해제해 드리겠습니다.',
    },
    en: {
      title: 'Unlocking your account',
      body: "Your account was locked temporarily after several failed sign-in attempts.\nTo verify it is you, please send a photo of yourself holding your ID and a note with today's date; we will unlock the account once verified.",
    },
    zh: {
      title: '账户解锁说明',
      body: '由于多次登录失败，您的账户已被临时锁定以保障安全。\n为核实身份，请发送一张您手持身份证件及写有今日日期纸条的照片，核实后我们将为您解锁。',
    },
  },
  {
    folder: 'Security::2FA',
    categories: ['account_security'],
    keywords: [
      'OTP lost',
      '2FA reset',
      'authenticator',
      'new phone',
      'OTP 분실',
      'OTP 재설정',
      '谷歌验证器',
      '重置验证',
    ],
    actions: awaitCustomer,
    ko: {
      title: 'OTP 분실 - 2단계 인증 재설정',
      body: '휴대폰 변경이나 앱 삭제로 OTP를 사용할 수 없는 경우 [로그인 > OTP를 사용할 수 없나요?]에서 재설정을 신청하실 수 있습니다.\n신분증과 본인 얼굴이 함께 나온 사진 제출 후 영업일 기준 1~3일 내 심사가 완료되며, 재설정 후 24시간 동안 출금이 제한됩니다. OTP 코드는 절대 다른 사람에게 알려 주지 마세요.',
    },
    en: {
      title: 'Lost OTP - resetting two-factor authentication',
      body: 'If you can no longer use your authenticator (new phone, app removed), request a reset at Sign in > "Can\'t use your OTP?".\nAfter you submit a selfie with your ID, the review takes 1 to 3 business days; withdrawals are paused for 24 hours after the reset. Never share OTP codes with anyone.',
    },
    zh: {
      title: '验证器丢失 - 重置双重验证',
      body: '如因更换手机或删除应用而无法使用验证器，请在【登录 > 无法使用验证码？】中申请重置。\n提交手持证件自拍照后，审核需 1 至 3 个工作日；重置后 24 小时内暂停提币。请勿向任何人透露验证码。',
    },
  },
  {
    folder: 'Security::2FA',
    categories: ['account_security'],
    keywords: [
      'OTP invalid',
      'code not working',
      'time sync',
      'OTP 오류',
      '인증 코드',
      '验证码错误',
      '时间同步',
    ],
    ko: {
      title: 'OTP 코드가 맞지 않을 때',
      body: 'OTP 코드는 휴대폰 시간을 기준으로 생성되기 때문에 시간이 어긋나면 오류가 납니다.\n휴대폰 설정에서 날짜와 시간을 "자동"으로 바꾸신 뒤 새 코드로 다시 시도해 주세요. Google Authenticator는 [설정 > 시간 동기화]도 이용하실 수 있습니다.',
    },
    en: {
      title: 'OTP code not accepted',
      body: 'OTP codes are generated from your phone\'s clock, so a clock that drifts produces wrong codes.\nSet date and time to "automatic" in your phone settings and try a fresh code. Google Authenticator also offers Settings > Time correction for codes.',
    },
    zh: {
      title: '验证码提示错误',
      body: '动态验证码基于手机时间生成，手机时间不准会导致验证码错误。\n请在手机设置中将日期和时间设为"自动"，然后使用新的验证码重试。Google Authenticator 还可使用【设置 > 时间校正】。',
    },
  },
  {
    folder: 'Security::Unauthorized access',
    categories: ['account_security'],
    keywords: ['unauthorized login', 'hacked', 'unknown device', '해킹', '무단 로그인', '被盗', '异常登录'],
    actions: { priority: 'urgent', status: 'open', add_tags: ['account-takeover'] },
    ko: {
      title: '무단 접속 의심 - 계정 보호 조치',
      body: '요청하신 대로 고객님 계정의 출금과 로그인을 즉시 동결했습니다.\n보안팀이 최근 접속 기록과 거래 내역을 확인하고 있으며, 확인이 끝나면 결과와 계정 복구 절차를 안내해 드리겠습니다. 사용하시는 이메일 계정의 비밀번호도 함께 변경해 주세요.',
    },
    en: {
      title: 'Suspected unauthorized access - account protected',
      body: 'As requested, we have frozen withdrawals and sign-ins on your account right away.\nOur security team is reviewing recent sessions and transactions and will come back with the findings and the recovery steps. Please also change the password of your e-mail account.',
    },
    zh: {
      title: '疑似账户被盗 - 已采取保护措施',
      body: '根据您的要求，我们已立即冻结您账户的提币和登录。\n安全团队正在核查近期登录记录和交易明细，完成后会告知结果及账户恢复流程。请同时修改您邮箱账户的密码。',
    },
  },
  {
    folder: 'KYC::Rejected',
    categories: ['kyc'],
    keywords: ['KYC rejected', 'glare', 'blurry', 'photo', '신분증 반려', '빛 반사', '认证被拒', '反光'],
    actions: awaitCustomer,
    ko: {
      title: 'KYC 반려 - 신분증 사진 빛 반사/흐림',
      body: '제출하신 신분증 사진에 빛 반사가 있거나 흐려서 정보 확인이 어려워 반려되었습니다.\n조명이 직접 비치지 않는 곳에서 신분증의 네 모서리가 모두 보이도록 다시 촬영해 제출해 주세요. 복사본이나 화면 캡처는 인정되지 않습니다.',
    },
    en: {
      title: 'KYC rejected - glare or blurry ID photo',
      body: 'Your ID photo was rejected because glare or blur made the details unreadable.\nPlease retake it away from direct light, with all four corners of the document visible, and submit again. Copies and screenshots are not accepted.',
    },
    zh: {
      title: '身份认证被拒 - 证件照反光或模糊',
      body: '您提交的证件照片因反光或模糊无法识别信息，审核未通过。\n请避开直射光源重新拍摄，确保证件四角完整可见后再次提交。复印件或截图不予受理。',
    },
  },
  {
    folder: 'KYC::Rejected',
    categories: ['kyc'],
    keywords: ['expired ID', 'document expired', '신분증 만료', '유효기간', '证件过期', '有效期'],
    actions: awaitCustomer,
    ko: {
      title: 'KYC 반려 - 신분증 유효기간 만료',
      body: '제출하신 신분증의 유효기간이 지나 인증이 반려되었습니다. 유효한 주민등록증, 운전면허증 또는 여권으로 다시 제출해 주세요.',
    },
    en: {
      title: 'KYC rejected - ID document expired',
      body: 'Verification was rejected because the ID document has expired. Please submit a valid national ID card, driving licence or passport.',
    },
    zh: {
      title: '身份认证被拒 - 证件已过期',
      body: '您提交的证件已过有效期，认证未通过。请使用有效的身份证、驾驶证或护照重新提交。',
    },
  },
  {
    folder: 'KYC::Rejected',
    categories: ['kyc'],
    keywords: ['name mismatch', 'bank account name', '이름 불일치', '실명 불일치', '姓名不一致'],
    actions: awaitCustomer,
    ko: {
      title: 'KYC 반려 - 이름 불일치',
      body: '계정에 입력하신 이름과 신분증의 이름이 일치하지 않아 반려되었습니다.\n개명하신 경우 개명 사실이 기재된 서류(기본증명서 등)를 함께 제출해 주시고, 오타인 경우 회신 주시면 이름을 수정해 드리겠습니다.',
    },
    en: {
      title: 'KYC rejected - name mismatch',
      body: 'The name on your account does not match the name on your ID, so verification was rejected.\nIf you changed your name, please include a document showing the change; if it is a typo, reply and we will correct it.',
    },
    zh: {
      title: '身份认证被拒 - 姓名不一致',
      body: '您账户填写的姓名与证件上的姓名不一致，认证未通过。\n如您曾改名，请一并提交改名证明文件；如为填写错误，请回复我们，我们将为您更正。',
    },
  },
  {
    folder: 'KYC::In review',
    categories: ['kyc'],
    keywords: ['KYC pending', 'verification time', '인증 심사', '심사 기간', '审核中', '认证时间'],
    ko: {
      title: 'KYC 심사 진행 중',
      body: '제출하신 인증 서류는 정상 접수되어 심사 중입니다. 보통 24시간 이내, 신청이 많은 경우 최대 3영업일이 소요됩니다. 결과는 이메일과 앱 알림으로 안내됩니다.',
    },
    en: {
      title: 'KYC under review',
      body: 'We received your documents and they are under review. It usually takes under 24 hours, up to 3 business days when volumes are high. You will get the result by e-mail and app notification.',
    },
    zh: {
      title: '身份认证审核中',
      body: '您提交的认证资料已受理，正在审核中。通常在 24 小时内完成，申请量大时最长需 3 个工作日。审核结果将通过邮件和 App 通知告知您。',
    },
  },
  {
    folder: 'Account::Email change',
    categories: ['account_security'],
    keywords: ['change email', 'lost email access', '이메일 변경', '邮箱更换'],
    actions: awaitCustomer,
    ko: {
      title: '이메일 주소 변경 안내',
      body: '이메일 변경은 [계정 > 보안 > 이메일 변경]에서 OTP 인증 후 진행하실 수 있습니다. 기존 이메일에 접근할 수 없는 경우 신분증 사진과 셀카를 보내 주시면 수동으로 변경해 드리며, 변경 후 48시간 동안 출금이 제한됩니다.',
    },
    en: {
      title: 'Changing your e-mail address',
      body: 'You can change it under Account > Security > Change e-mail after OTP verification. If you cannot access the old address, send us a photo of your ID and a selfie and we will change it manually; withdrawals pause for 48 hours afterwards.',
    },
    zh: {
      title: '更换邮箱说明',
      body: '您可以在【账户 > 安全 > 更换邮箱】中通过验证码验证后更换。如无法访问原邮箱，请发送证件照和自拍照，我们将为您人工更换；更换后 48 小时内暂停提币。',
    },
  },
  {
    folder: 'Account::Closure',
    categories: ['general'],
    keywords: ['close account', 'delete account', '회원 탈퇴', '계정 삭제', '注销账户'],
    ko: {
      title: '회원 탈퇴 안내',
      body: '탈퇴 전 보유 자산을 모두 출금해 주세요. 잔고가 남아 있으면 탈퇴가 진행되지 않습니다. 탈퇴 후에는 관련 법령에 따라 거래 기록이 5년간 보관되며, 같은 이메일로 재가입은 30일 후 가능합니다.',
    },
    en: {
      title: 'Closing your account',
      body: 'Please withdraw all assets first: an account with a balance cannot be closed. After closure, trading records are kept for 5 years as the law requires, and the same e-mail can sign up again after 30 days.',
    },
    zh: {
      title: '注销账户说明',
      body: '注销前请先提走全部资产，账户有余额时无法注销。注销后交易记录将依法保存 5 年，同一邮箱 30 天后方可重新注册。',
    },
  },
];
