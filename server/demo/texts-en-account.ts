import type { AccountProblemKey, ProblemText } from './problems';

/** English texts of account security and identity verification problems. */
export const englishAccountTexts: Record<AccountProblemKey, ProblemText> = {
  'account-hacked': {
    subjects: [
      'My account was hacked, unknown withdrawal',
      'Withdrawal I did not make!!',
      'URGENT: account compromised',
    ],
    bodies: [
      'I just got a withdrawal notification but I did not make it. {amount} {coin} went to an address I do not know. FREEZE MY ACCOUNT NOW!!',
      'I got a login alert {time} and right after that all my {coin} was withdrawn. I was asleep at that time. I changed my password, what else do I do?',
      'All coins in my account were sold, converted to {coin} and withdrawn. I have 2FA enabled, how is this even possible?',
    ],
    resolutions: [
      'We have blocked logins and withdrawals on your account and our security team is investigating the withdrawal. Please file a police report and send us the case number so we can provide records to investigators.',
      'Our investigation shows the login used your password and 2FA code, most likely leaked elsewhere. Your account is secured; after resetting your password and 2FA you can use it again. We will provide records if law enforcement requests them.',
    ],
  },
  'unknown-login-alert': {
    subjects: ['Login from unknown device', 'New device login alert', 'Login alert from abroad'],
    bodies: [
      'I got an alert {time} that a new device logged in, but it was not me. Am I hacked?',
      'The login email shows a device and IP I do not recognize. I changed my password already. Anything else I should do?',
      'Got a notification about a login from another country. No withdrawals yet but I am worried.',
    ],
    resolutions: [
      'That attempt was stopped at the two-factor step, so nobody got into your account. Changing your password was the right call; please do not reuse it on other sites.',
      'We ended all sessions of that device and restricted withdrawals for 48 hours. Once you have changed your password and re-registered 2FA we will lift the restriction.',
    ],
  },
  'otp-lost': {
    subjects: ['New phone, cannot pass OTP', 'OTP code always invalid', 'Lost my 2FA'],
    bodies: [
      'I changed phones and did not move Google Authenticator. Now I cannot log in because it asks for the OTP.',
      'My OTP codes are always rejected as invalid. The phone time is set automatically.',
      'I lost my phone and need to reset 2FA. What documents do you need?',
    ],
    resolutions: [
      'You can reset 2FA from the login screen via "Lost OTP", with your ID and a selfie check. Your reset has been approved; please register 2FA again after logging in.',
      'Invalid codes are usually caused by a clock offset. Run Settings > Time correction in Google Authenticator and try again; if it still fails, use the lost-OTP reset.',
    ],
  },
  'account-locked': {
    subjects: ['Account locked', 'Please unlock my account', 'Locked after wrong passwords'],
    bodies: [
      'I entered the wrong password a few times and now my account is locked. Login says "{error}".',
      'My account suddenly shows as restricted and I did nothing. Why?',
      'I cannot log in, only "{error}". I need to sell urgently, what do I do?',
    ],
    resolutions: [
      'A protective lock was set after five wrong passwords. Your identity is confirmed and the lock is removed; please reset your password and log in.',
      'Our fraud detection restricted the account temporarily. A review found nothing wrong and the restriction has been lifted.',
    ],
    errors: [
      'Login restricted after 5 failed password attempts. (A-1005)',
      'This account is protected. Please contact support. (A-4030)',
    ],
  },
  'phishing-site': {
    subjects: [
      'I think I logged into a phishing site',
      'Reporting a fake website',
      'Logged into a fake site from search results',
    ],
    bodies: [
      'I got an SMS saying "withdrawal confirmation required" and entered my login on {phishingUrl}. Now the address looks wrong to me. What should I do?',
      'Reporting a phishing site: {phishingUrl} asks people to connect their wallets for an airdrop.',
      'The site I found via search looks exactly like yours but the address was {phishingUrl}. I even entered my OTP there.',
    ],
    resolutions: [
      'That site is a phishing site and we have requested a takedown. We restricted withdrawals on your account for now; please reset your password and 2FA immediately, and use a bookmark for our official site.',
      'Thank you for the report. We have asked the relevant authorities to block the domain and will warn other customers in an announcement.',
    ],
  },
  'impostor-contact': {
    subjects: [
      'Someone posing as support contacted me',
      'Fake support asked me to pay a fee',
      'Scam call claiming to be you',
    ],
    bodies: [
      'Someone on Telegram says they are Demo Exchange support and need my OTP because my account is at risk. Is this real?',
      'A "support agent" on WhatsApp says I get a refund if I first send a withdrawal fee. I already sent it once.',
      'I got a call {time} from "support" asking me to install a remote desktop app. I did not install it. Am I safe?',
    ],
    resolutions: [
      'Demo Exchange never contacts you first on messengers and never asks for OTPs, passwords or remote access. This is an impersonation scam; please ignore it and change your password to be safe.',
      'If you already sent money, please report it to the police and send us the case number so we can cooperate. We see no suspicious logins on your account.',
    ],
  },
  'password-reset-email': {
    subjects: ['Password reset email not arriving', 'Change my login email', 'Cannot reset password'],
    bodies: [
      'I requested a password reset but the email never comes. Checked spam too.',
      'I signed up with my old work email which no longer exists. How can I change it?',
      'The reset link says it has expired when I click it.',
    ],
    resolutions: [
      'Some mail providers delayed our emails for a while; delivery is normal again. Please retry; the link is valid for 30 minutes.',
      'You can change the email after identity verification under "Change email". Your ID check passed and we have updated it to your new address.',
    ],
  },
  'kyc-rejected': {
    subjects: [
      'ID verification keeps getting rejected',
      'KYC rejected, why?',
      'Identity verification failed',
    ],
    bodies: [
      'I uploaded my ID and it was rejected with "{error}". The photo is sharp.',
      "This is the third rejection with my driver's license. Please tell me exactly what is wrong.",
      'I was asked to redo KYC, did it, and got rejected. Trading is blocked now.',
    ],
    resolutions: [
      'Glare on your ID photo hid key information. Please retake it on a dark background without reflections and resubmit.',
      'On review, your verification has been approved. Restart the app and you can trade again.',
    ],
    errors: [
      'Unable to read ID information. (K-2001)',
      'Face verification failed. (K-3004)',
      'Invalid identity document.',
    ],
  },
  'kyc-pending': {
    subjects: ['KYC review taking too long', 'Verification still pending', 'When will my KYC be approved?'],
    bodies: [
      'I submitted my documents {time} and it still says under review. How long does it usually take?',
      'I cannot deposit while verification is pending. Please speed it up.',
      'I filled in occupation and purpose of trading, and it has been pending for days.',
    ],
    resolutions: [
      'Reviews are handled in order and volume has been high lately. Your review has just been completed.',
      'Your review was waiting on an additional document. We received it and the review is now complete.',
    ],
  },
  'kyc-bank-mismatch': {
    subjects: ['Bank account verification fails', 'Cannot link bank account', 'Account holder name mismatch'],
    bodies: [
      'I recently changed my legal name and the bank verification says the name does not match.',
      'I never receive the 1 won verification transfer, so I cannot register my account.',
      'Linking my bank account fails with "{error}". It is my own account.',
    ],
    resolutions: [
      'After a name change, your member name must be updated first. Redo identity verification to update it, then link the account.',
      'Bank verification is unavailable during bank maintenance (23:30-00:30 KST). Please try again after that.',
    ],
    errors: ['Account holder does not match. (B-1003)', 'Bank verification failed. Please try again later.'],
  },
  'kyc-foreign-passport': {
    subjects: [
      'Verification for foreigners',
      'Can I verify with only a passport?',
      'Verification keeps failing (foreign resident)',
    ],
    bodies: [
      'I am a foreigner. Can I verify with my passport? Uploading my residence card gives "{error}".',
      'I only have my passport, my residence card is not issued yet. Can I still get verified?',
      'I am a foreign resident in Korea and verification keeps failing.',
    ],
    resolutions: [
      'Foreign residents can verify with their Alien Registration Card and a phone in their own name. Your documents were checked and approved.',
      'A passport alone is not enough to complete verification; a residence card is required. Please apply again once you have it.',
    ],
    errors: ['Unsupported ID type. (K-1009)', 'Unable to read ID information. (K-2001)'],
  },
};
