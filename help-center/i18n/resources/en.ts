/** The help center's English strings: the source the Korean and Chinese resources mirror key for key. */
export const en = {
  app: {
    title: 'Help center',
    language: 'Language',
    home: 'Help center',
    newTicket: 'Submit a request',
    loading: 'Loading…',
    failed: 'Something went wrong. Please try again.',
  },
  home: {
    announcements: 'Announcements',
    noAnnouncements: 'No ongoing issues right now.',
    articles: 'Frequently asked questions',
    noArticles: 'No articles yet.',
    searchArticles: 'Search the FAQ',
    noMatch: 'No article matches.',
    stillNeedHelp: 'Didn’t find your answer?',
    before: 'Before you write: check the announcements and the FAQ above. One request per problem, please.',
  },
  incidentStatus: {
    investigating: 'Investigating',
    identified: 'Identified',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
  },
  form: {
    title: 'Submit a request',
    email: 'E-mail',
    name: 'Name (optional)',
    category: 'Category',
    categoryPlaceholder: 'Choose a category',
    categories: {
      account_security: 'Account security (login, 2FA, hacked account)',
      trade_execution: 'Trading and orders',
      deposit_withdrawal: 'Deposits and withdrawals',
      api: 'API',
      kyc: 'Identity verification (KYC)',
      derivatives: 'Futures and derivatives',
      general: 'Other',
    },
    subject: 'Subject',
    body: 'What happened?',
    bodyHint: 'Describe the exact step where it failed, the error message, and what you already tried.',
    occurredAt: 'When did it happen?',
    device: 'Device, OS and app version',
    devicePlaceholder: 'e.g. iPhone 14, iOS 17.2, app 1.45.2',
    attachments: 'Screenshots or recordings',
    submit: 'Submit request',
    submitting: 'Sending…',
    secretsWarning:
      'Never write your password, seed phrase (recovery words), private key, 2FA code or API secret here. We will never ask for them.',
    missingTitle: 'To solve this faster, please also give:',
    whereToFind: 'Where to find it',
    announcementQuestion: 'Is this about: {{title}}?',
    answered: 'Yes, this answered my question',
    deflected: 'Glad it helped. You don’t need to submit a request; we will post updates here.',
    existingTicket: 'You already have an open request about this: #{{number}}.',
    addToExisting: 'Add this to #{{number}} instead',
    addedToExisting: 'Added to request #{{number}}. We will answer there.',
    tooLarge: 'The files are too large (10 MB each at most).',
    rateLimited: 'Too many requests from your network. Please wait a minute and try again.',
  },
  missing: {
    steps: {
      label: 'The steps you took',
      where: 'What you did, step by step, up to the moment it failed.',
    },
    error_message: {
      label: 'The error message or code',
      where: 'Copy the exact text shown on screen, or take a screenshot of it.',
    },
    attempted_solutions: {
      label: 'What you already tried',
      where: 'For example: restarted the app, cleared the cache, switched between Wi-Fi and mobile data.',
    },
    transaction_id: {
      label: 'The transaction ID (TxID / hash)',
      where:
        'In your wallet app, open the transaction’s details and copy “TxID” or “Hash”. On a block explorer (e.g. Etherscan, XRPScan), search your address and open the transaction. It is a long code such as 0x5c50…, not your wallet address.',
    },
    asset: {
      label: 'The coin',
      where: 'The coin or token you sent or want to withdraw, for example USDT, BTC or XRP.',
    },
    network: {
      label: 'The network (chain)',
      where: 'Exactly as the sending wallet or exchange showed it, for example ERC20, TRC20 or BEP20.',
    },
    amount: {
      label: 'The amount',
      where: 'How much of the coin you sent, as the transaction shows it.',
    },
    address: {
      label: 'The receiving address',
      where: 'Copy it exactly: your deposit address for a deposit, the address you entered for a withdrawal.',
    },
    memo: {
      label: 'The memo or tag',
      where: 'The memo or destination tag entered with the transfer, or say that none was entered.',
    },
    order_id: {
      label: 'The order number',
      where: 'In the app: Orders → Order history → tap the order. The number is at the top.',
    },
    account_id: {
      label: 'Your account ID (UID)',
      where: 'In the app: My page → Profile. The UID is under your name.',
    },
    occurred_at: {
      label: 'The date and time it happened',
      where: 'As exactly as you can, for example “5 March, 14:22”.',
    },
    device: {
      label: 'Your device, OS and app version',
      where: 'The app version is in the app’s Settings → About.',
    },
    attachment: {
      label: 'A screenshot or screen recording',
      where: 'Of the screen where it failed, with the error visible.',
    },
    contact: {
      label: 'Another way to reach you',
      where: 'A phone number or messenger ID, in case your e-mail is not safe.',
    },
  },
  submitted: {
    title: 'Request #{{number}} received',
    expectation:
      'We answer within 24 hours. Please don’t submit the same request again: add to this one from its page.',
    neverShare:
      'Support never asks for your password, seed phrase, private keys, 2FA codes or API keys. Never share them with anyone, and beware of look-alike sites.',
    incident:
      'This looks related to an ongoing issue: {{title}}. We will update your request as it progresses.',
    statusLink: 'Open your request',
    bookmark: 'Keep this link: it opens your request without a password. Don’t share it.',
  },
  ticket: {
    title: 'Request #{{number}}',
    status: 'Status',
    expected: 'Expected answer by {{time}}',
    waitingForYou: 'We are waiting for your reply.',
    onHold: 'We are waiting on a third party (for example a blockchain network). We will update you here.',
    solvedNote: 'Solved. If it is not, just reply below.',
    closedNote: 'This request is closed. Please submit a new one if you need more help.',
    you: 'You',
    support: 'Support',
    reply: 'Your reply',
    replyPlaceholder: 'Write a reply…',
    send: 'Send',
    sending: 'Sending…',
    attachments: 'Files',
    download: 'Download',
    notFound: 'This link does not open a request. Check that you copied the whole link.',
    incident: 'Related to: {{title}}',
  },
  ticketStatus: {
    new: 'Received',
    open: 'In progress',
    awaiting_customer: 'Waiting for your reply',
    on_hold: 'On hold',
    solved: 'Solved',
    closed: 'Closed',
  },
};

/** The shape every language's resource has. */
export type HelpResource = typeof en;
