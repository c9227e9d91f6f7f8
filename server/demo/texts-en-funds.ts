import type { FundProblemKey, ProblemText } from './problems';

/** English texts of deposit, withdrawal and general problems. */
export const englishFundTexts: Record<FundProblemKey, ProblemText> = {
  'deposit-not-credited': {
    subjects: [
      '{coin} deposit not credited',
      'Deposit missing from my balance',
      'Where is my {coin} deposit?',
      'deposit not showing',
    ],
    bodies: [
      'I deposited {amount} {coin} from another exchange {time} and it is still not in my balance. The explorer shows the transaction as successful with plenty of confirmations.',
      'Sent {amount} {coin} from my MetaMask to the deposit address shown in the app, network {network}. Nothing shows up in my deposit history.',
      "It's been more than {hours} hours since I sent {coin} and it still hasn't arrived. The sender side says it's completed.",
      '{coin} deposit not received, please check',
    ],
    attempts: [
      'I double-checked the deposit address, it is correct.',
      'The sending exchange says the withdrawal is complete on their side.',
    ],
    resolutions: [
      'We checked your {coin} deposit: it was delayed by a sync issue on our node and has now been credited to your balance. You can see it in your deposit history.',
      'Using the TXID you provided, we confirmed the deposit reached the required confirmations and it has just been credited. Sorry for the wait.',
    ],
  },
  'withdrawal-pending': {
    subjects: [
      '{coin} withdrawal stuck in processing',
      'Withdrawal pending for {hours} hours',
      'Why is my withdrawal still pending?',
    ],
    bodies: [
      'I requested a withdrawal of {amount} {coin} {time} and it has been "Processing" for {hours} hours. The address is my own wallet that I have used many times before.',
      'My withdrawal has been pending forever. Other people say withdrawals work fine, so why is mine stuck? I need these funds urgently.',
      'The {coin} withdrawal only shows "in progress", there is no TXID yet and the cancel button does nothing.',
      'withdrawal still pending??? {amount} {coin}, {hours}h now',
    ],
    resolutions: [
      'Your withdrawal was delayed by congestion on the {network} network. It has now been broadcast and a TXID is available in your withdrawal history.',
      'Your withdrawal was selected for an additional security review. The review is complete and the withdrawal has been processed. We apologize for the delay.',
    ],
  },
  'withdrawal-not-arrived': {
    subjects: [
      'Withdrawal completed but not received',
      '{coin} withdrawal never arrived',
      'Withdrawal shows done, wallet shows nothing',
    ],
    bodies: [
      'The app says my {coin} withdrawal is complete, but the receiving exchange has not credited it after {hours} hours. Where did it go?',
      'I withdrew {amount} {coin} {time}. Status is "Completed" but my wallet shows nothing. Did something go wrong on the way?',
      'Withdrawal marked complete, the other exchange says they never received anything. Please check.',
    ],
    attempts: [
      'I searched the TXID on the block explorer.',
      'The receiving exchange support says nothing arrived yet.',
    ],
    resolutions: [
      'The withdrawal was successfully sent on-chain (TXID: {txid}). The receiving platform seems to be delayed in crediting it; please contact them with this TXID.',
      'The withdrawal is fully confirmed on the blockchain. The receiving exchange appears to have paused {network} deposits; please check their announcements.',
    ],
  },
  'wrong-network': {
    subjects: [
      'Sent {coin} on the wrong network',
      'Deposited via {wrongNetwork} by mistake',
      'Wrong network deposit recovery',
    ],
    bodies: [
      'I sent {coin} using {wrongNetwork} instead of {network}. The address is my deposit address but nothing arrived. Can it be recovered?',
      'By mistake I sent {amount} {coin} on {wrongNetwork}. It is a lot of money for me, please help me get it back.',
      'When withdrawing from another exchange I picked {wrongNetwork}, and only later saw you do not support it. What can I do?',
    ],
    resolutions: [
      'Assets sent on {wrongNetwork} can be recovered through a recovery request. Please submit the TXID under Support > Deposit recovery; recovery takes 7-14 business days and a recovery fee applies.',
      'The recovery of your wrong-network deposit is complete and the {coin} has been credited to your account, minus the recovery fee.',
    ],
  },
  'missing-memo': {
    subjects: [
      'Deposited {coin} without {memoLabel}',
      'Forgot the {memoLabel} on my {coin} deposit',
      'Missing {memoLabel}',
    ],
    bodies: [
      "I sent {coin} without entering the {memoLabel}. The other exchange didn't need one so I didn't know it was required. Can you credit it?",
      'Deposited {amount} {coin} {time} but forgot the {memoLabel}. The address is correct. Is it possible to credit it manually?',
      "I entered the wrong {memoLabel} ({tag}); it doesn't match what the app shows.",
    ],
    resolutions: [
      'Deposits without a {memoLabel} can be credited manually after verification. We confirmed the deposit is yours and it has been credited.',
      'Missing-{memoLabel} deposits are handled through a recovery request. Please attach the TXID and a screenshot of the deposit and we will credit it in order.',
    ],
  },
  'krw-deposit-delay': {
    subjects: [
      'KRW deposit not reflected',
      'Won deposit missing',
      'Transferred from {bank}, nothing arrived',
    ],
    bodies: [
      'I transferred {krw} KRW from my linked {bank} account {time}, but my KRW balance has not changed. My bank shows the money left.',
      'I made a KRW deposit of {krw} won and it is not showing. It was not during the bank maintenance window.',
      'KRW deposit not arriving for 20 min, please check',
    ],
    attempts: [
      'I checked the transfer again in my banking app.',
      'The sender name on the transfer is my own name.',
    ],
    resolutions: [
      'The delay was caused by a system delay at {bank}. The deposit has now been credited; you can find it in your KRW history.',
      'The transfer came from an account other than your verified one, so it was returned. KRW deposits are only possible from your verified bank account in your own name.',
    ],
  },
  'withdrawal-restricted': {
    subjects: [
      'Withdrawal restriction',
      'Why can I not withdraw my crypto?',
      'When is the withdrawal hold lifted?',
    ],
    bodies: [
      'I deposited KRW and bought {coin}, but when I try to withdraw it says "{error}". When can I withdraw?',
      'There is a withdrawal restriction on my account since my first KRW deposit, but I need to move funds urgently. Can it be lifted?',
      'The withdraw button just says my account is restricted, without any reason.',
    ],
    resolutions: [
      'To prevent fraud, crypto withdrawals are restricted for 24 hours after a KRW deposit. That period has now passed and you can withdraw normally.',
      'Our security review found no issue, so we lifted the withdrawal restriction. Please restart the app and try again.',
    ],
    errors: [
      'Withdrawal restricted: digital asset withdrawals are limited for 24 hours after a KRW deposit. (W-1024)',
      'Withdrawals are temporarily restricted by security policy. (W-2003)',
    ],
  },
  'travel-rule-address': {
    subjects: [
      'Cannot register withdrawal address',
      'Travel rule blocks my withdrawal',
      'Registering a personal wallet address',
    ],
    bodies: [
      'I am trying to register my personal wallet to withdraw {coin}, but I get the error "{error}".',
      'Withdrawing to another exchange asks me to choose the receiving exchange because of the travel rule, but mine is not in the list.',
      'Address registration keeps failing even after I completed identity verification.',
    ],
    resolutions: [
      'Under the travel rule, withdrawals above 1,000,000 KRW require the receiving platform and recipient details. Personal wallets can be registered under "Personal wallet addresses" after an ownership check; we can see your registration is now complete.',
      'That exchange is not yet connected to our travel rule network, so withdrawals to it are not possible. Please route through a personal wallet or use a supported exchange.',
    ],
    errors: [
      'This address cannot be registered. (TR-4031)',
      'Receiving exchange verification required. (TR-1102)',
      'VASP information does not match.',
    ],
  },
  'deposit-suspended': {
    subjects: ['When will {coin} deposits reopen?', 'Wallet under maintenance', '{coin} deposits suspended'],
    bodies: [
      'I want to deposit {coin} but it says "Wallet under maintenance". Do you know when it will be back?',
      'Deposits and withdrawals on {network} are blocked and the notice has no end time. What happens to coins sent during maintenance?',
      'Your {coin} wallet has been under maintenance for two days now. Is something wrong?',
    ],
    resolutions: [
      'The {coin} wallet was under maintenance for the {network} network upgrade. Deposits and withdrawals have resumed, and deposits sent during maintenance are being credited.',
      'Deposits and withdrawals on {network} are paused until the network is stable. We will post an announcement as soon as they reopen.',
    ],
  },
  'maintenance-question': {
    subjects: [
      'When does maintenance end?',
      'Scheduled maintenance question',
      'App stuck on the maintenance screen',
    ],
    bodies: [
      'I saw the maintenance notice today. When exactly does it end? Will my open orders be cancelled?',
      'Will my KRW withdrawal requested during maintenance still be processed?',
      'The app only says "under maintenance". When will it be back?',
    ],
    resolutions: [
      'Scheduled maintenance runs from 2:00 to 4:00 KST and all services are now back to normal. Open orders placed before maintenance are kept.',
      'Withdrawals requested during maintenance are processed in order once it ends. You can find upcoming maintenance in our announcements.',
    ],
  },
  'event-reward': {
    subjects: ['Event reward not received', 'When is the airdrop paid?', 'Sign-up bonus question'],
    bodies: [
      'I joined the {coin} trading event last week and met all the conditions, but I have not received the reward.',
      'The announcement said the {coin} airdrop would be distributed today, but I have not got it.',
      'Am I eligible for the sign-up bonus? I cannot find the button to claim it.',
    ],
    resolutions: [
      'Event rewards are paid in one batch within 14 business days after the event ends. You are on the list and will get an app notification when it is paid.',
      'Your reward was paid today. You can see it under "Event" in your deposit history.',
    ],
  },
  'transaction-history': {
    subjects: ['Need trade history for taxes', 'Cannot download my statement', 'Balance certificate request'],
    bodies: [
      'I need my full trade history from last year for my tax return. Can I get it as a spreadsheet?',
      'The download button for my deposit/withdrawal history does nothing on the website.',
      'I need a balance certificate for my bank. How do I get one?',
    ],
    resolutions: [
      'You can download your history as Excel on the website under My page > History, choosing up to one year at a time.',
      'We have emailed the statement to your registered address. Please check your inbox (and spam folder).',
    ],
  },
  'app-crash': {
    subjects: [
      'App will not open after update',
      'App freezes on the chart screen',
      'App stuck on loading screen',
    ],
    bodies: [
      'Since updating the app yesterday it shows the logo and then closes immediately.',
      'The app freezes and crashes when I open the chart. I briefly saw "{error}".',
      'The app is stuck loading and prices never appear.',
    ],
    resolutions: [
      'We found a crash affecting some devices on that version and released a fix. Please update to the latest version.',
      'This looks like corrupted app cache. Reinstalling the app should fix it; let us know if the problem persists.',
    ],
    errors: [
      'A temporary error occurred. Please try again later. (ERR_NETWORK_5003)',
      'Unable to connect to server. (E-503)',
      'Unknown error (code: -1009)',
    ],
  },
};
