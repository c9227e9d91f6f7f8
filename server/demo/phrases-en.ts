import type { LanguagePhrases } from './phrases';

/** What English-writing customers and agents say around the problem itself. */
export const englishPhrases: LanguagePhrases = {
  sentenceSeparator: ' ',
  customerGreetings: ['Hi,', 'Hello,', 'Hello support team,', 'Hi there,', 'Dear support,'],
  customerClosings: [
    'Please check asap.',
    'Thanks in advance.',
    'Please help.',
    'Looking forward to your reply.',
    'Thank you.',
    'Can someone look into this please?',
  ],
  urgentClosings: [
    'This is extremely urgent, please respond ASAP!!',
    'Urgent, please get back to me as soon as possible.',
    'PLEASE HELP, I need this fixed now.',
  ],
  detailLines: {
    transaction: ['TXID: {txid}', 'Tx hash: {txid}', 'The transaction hash is {txid}', 'txid {txid}'],
    address: ['Address: {address}', 'Receiving address: {address}', 'The receiving address is {address}'],
    order: ['Order number: {orderNumber}', 'Order ID {orderUuid}', 'Order UUID: {orderUuid} ({market})'],
    time: ['Time: {time}', 'It happened {time}.', 'This was {time}.'],
    device: ['Device: {device}', "I'm using {device}.", 'Device / app: {device}'],
    error: ['Error message: {error}', 'It shows "{error}".', 'The error I get is: {error}'],
    account: ['Account UID: {accountId}', 'My member number is {accountId}.'],
    ip: ['IP: {ip}', 'IP address: {ip}'],
  },
  attempts: {
    deposit_withdrawal: [
      'I already logged out and back in, nothing changed.',
      'I reinstalled the app.',
      'I waited a full day before writing this.',
      'Same on the website on my PC.',
    ],
    account_security: [
      'I tried to reset my password but the email never arrives.',
      'I changed my password right away.',
      'I reinstalled the app and tried again.',
      'I checked that the time on my phone is set automatically.',
    ],
    trade_execution: [
      'Refreshed and restarted the app, still the same.',
      'Same thing on the website on my PC.',
      'I cleared the cache already.',
    ],
    api: [
      'I generated a new API key, same result.',
      'Server clock is synced with NTP.',
      'I ran the example code from your docs unchanged and get the same error.',
      'I re-added the IP to the allow list.',
    ],
    kyc: [
      'I retook the ID photo in better light.',
      "I've resubmitted three times now.",
      'Updated the app to the latest version and tried again.',
    ],
    derivatives: [
      'I restarted the app and tried again.',
      'I checked the liquidation history on desktop as well.',
      'Refreshing the positions screen does nothing.',
    ],
    general: [
      'Reinstalled the app, same issue.',
      'Tried both Wi-Fi and mobile data.',
      'Cleared the cache.',
      "I looked through the announcements but couldn't find anything.",
    ],
  },
  recoveryPhraseLines: [
    'In case you need it to check, my wallet recovery phrase is: {recoveryPhrase}',
    'Here is my MetaMask seed so you can verify: {recoveryPhrase}',
  ],
  apiKeyLines: [
    'Access key: {accessKey}\nSecret key: {secretKey}',
    'Keys I am using: access {accessKey}, secret {secretKey}',
  ],
  resubmissionOpenings: [
    'Nobody answered my previous ticket, so I am writing again.',
    'Second request. I opened a ticket yesterday and got no reply.',
    "It's been over a day without any response, resubmitting.",
    'Following up on my earlier ticket since nobody replied.',
  ],
  resubmissionSubjectPrefixes: ['[2nd request] ', 'Re: ', 'STILL WAITING: ', ''],
  memoLabels: { tag: 'destination tag', memo: 'memo' },
  banks: ['K Bank', 'Shinhan Bank', 'KB Kookmin Bank'],
  replyGreetings: ['Hello {customerName},', 'Hi {customerName},', 'Dear {customerName},'],
  replyClosings: [
    'If you have any other questions, just reply to this message.',
    'We apologize for the inconvenience and thank you for your patience.',
    'Please let us know if there is anything else we can help with.',
  ],
  signatures: [
    'Best regards,\n{agentName}\nDemo Exchange Support',
    'Kind regards,\n{agentName} | Demo Exchange Support',
  ],
  acknowledgements: [
    'Thank you for reaching out. We are looking into this with the responsible team and will update you as soon as we know more.',
    'Sorry for the trouble. Your case is being checked now, and we will get back to you shortly.',
    'Thanks for the details. We are reviewing the records on our side; please bear with us for a moment.',
  ],
  askIntroductions: [
    'So that we can check this properly, could you send us the following?',
    'To speed things up, please reply with:',
  ],
  askItems: {
    transaction: 'the transaction hash (TXID) of the deposit or withdrawal',
    address: 'the deposit or withdrawal address',
    order: 'the order number or order ID',
    time: 'the exact date and time it happened (with time zone)',
    device: 'your device, OS and app version',
    error: 'the exact error message or code shown',
    account: 'your registered email or member number',
    attempts: 'what you have tried so far',
    ip: 'the IP address you connect from',
    screenshot: 'a screenshot of the screen',
  },
  askEndings: [
    'Please note: we will never ask for your password, 2FA codes, private keys or recovery phrase.',
    'Once we have this, we will look into it right away.',
  ],
  holds: [
    'Your case has been forwarded to the responsible team. It may take a little longer; thank you for your patience.',
    'We are waiting on a check by an external party. We will update you as soon as there is progress.',
    'Our specialists are investigating this in detail and will report back in this ticket.',
  ],
  duplicateReplies: [
    'You already sent us this request in an earlier ticket, so we will continue there. We are closing this duplicate; no action needed.',
    'We have answered this in your earlier ticket about the same issue. Please check that conversation.',
  ],
  secretWarnings: [
    'Your message contained a recovery phrase or API secret. Please treat it as compromised: move your funds to a new wallet or revoke the key and create a new one right away.',
  ],
  customerProvideIntroductions: ['Here you go:', 'Sure, here is the info.', 'As requested:'],
  customerScreenshotLines: ['Screenshot attached.', 'Attached a screen recording.'],
  customerNudges: [
    'Any update on this?',
    'Still waiting for an answer. When will this be resolved?',
    "It's been a day already, please give me an update.",
  ],
  customerThanks: ['Got it, thank you!', 'Works now, thanks for the quick help.', 'Received, thanks a lot.'],
  customerAfterAcknowledgements: ['Ok, I will wait. Please be quick.', 'Thanks. Will it be done today?'],
};
