import type { IntentSource } from './types';

/** English intents of exchange support (not banking77: that set measures English bank support). */
export const englishIntents: readonly IntentSource[] = [
  // account_security
  {
    category: 'account_security',
    key: 'en-sec-unknown-login',
    paraphrases: [
      'got an email about a login from a new device in another country, that was not me. am I hacked?',
      'Someone logged into my account from an IP I dont recognise, please lock it',
      'my login history shows sessions from Brazil and I have never been there',
      'New device sign-in alert just now but I did not sign in anywhere!!',
    ],
  },
  {
    category: 'account_security',
    key: 'en-sec-otp-lost',
    paraphrases: [
      'I changed phones and my Google Authenticator codes are gone, cannot log in',
      'lost my phone so I cant get the 2FA code, how do I reset two factor',
      'never saved the backup key for my authenticator and the new phone has nothing, need a 2fa reset',
      'deleted the authenticator app by mistake, now stuck at the 6 digit code screen',
    ],
  },
  {
    category: 'account_security',
    key: 'en-sec-locked',
    paraphrases: [
      'typed the wrong password too many times and now my account is locked',
      'account says temporarily frozen after failed login attempts, how do I unlock it',
      'I am locked out of my account, it is really me, please unlock',
      'login disabled for 24 hours after wrong passwords? that is too long',
    ],
  },
  {
    category: 'account_security',
    key: 'en-sec-phishing',
    paraphrases: [
      'clicked an sms link pretending to be you and entered my email and password, what now',
      'a guy claiming to be support called and I read him the code from my phone. I think it was a scam, freeze my account',
      'I think I logged in on a fake site that looked exactly like yours, please protect my funds',
      'someone in a telegram group sent an airdrop link, I connected and logged in, turns out it was fake',
    ],
  },
  {
    category: 'account_security',
    key: 'en-sec-password-reset',
    paraphrases: [
      'the password reset email never arrives, checked spam too',
      'clicked forgot password but no verification email comes',
      'reset link says expired every time I open it',
      'forgot my password and the email code to reset it does not show up',
    ],
  },
  {
    category: 'account_security',
    key: 'en-sec-unknown-withdrawal',
    paraphrases: [
      'coins left my account to an address I do not know, I did not do this',
      'woke up and my balance is zero, someone got in and took everything',
      'there is a withdrawal in my history I never requested, freeze the account now',
      'hacked!! all my {coin} was sent out, please help me get it back',
    ],
  },
  // trade_execution
  {
    category: 'trade_execution',
    key: 'en-trade-limit-unfilled',
    paraphrases: [
      'my limit buy did not fill even though the price reached it',
      'placed a {coin} limit sell, the candle touched my price but the order is still open',
      'order book traded at my price and my order never executed, why?',
      'limit order sitting there unfilled although the chart went through my level',
    ],
  },
  {
    category: 'trade_execution',
    key: 'en-trade-slippage',
    paraphrases: [
      'market buy filled way above the price shown on screen',
      'sold at market and got a terrible price, that slippage is crazy',
      'my market order executed 3% away from the last price',
      'average fill price of my market order makes no sense',
    ],
  },
  {
    category: 'trade_execution',
    key: 'en-trade-cancel-stuck',
    paraphrases: [
      'cancel button does nothing, the order stays in open orders',
      'cancelled an open order but the funds are still on hold',
      'cant cancel my order, tried many times',
      'order shows cancelled but my {coin} is still locked and not available',
    ],
  },
  {
    category: 'trade_execution',
    key: 'en-trade-stop-not-triggered',
    paraphrases: [
      'my stop loss did not trigger when price went below it',
      'trigger price was hit but the conditional order never got placed',
      'stop order failed to fire and I lost a lot more, will you compensate',
      'take profit / stop loss order did not work, why',
    ],
  },
  {
    category: 'trade_execution',
    key: 'en-trade-min-order',
    paraphrases: [
      'says below minimum order size when I try to buy',
      'placing an order says insufficient balance but I have the money',
      'sell order rejected because of quantity precision',
      'every buy fails with order failed, USDT balance is fine',
    ],
  },
  {
    category: 'trade_execution',
    key: 'en-trade-wrong-fill',
    paraphrases: [
      'there is a filled order in my trade history that I never placed',
      'notification said buy filled but I do not see the {coin} in my assets',
      'filled quantity differs from what I ordered, partially filled they say, where is the rest',
      'the same order appears twice as executed in my history, please check',
    ],
  },
  // deposit_withdrawal
  {
    category: 'deposit_withdrawal',
    key: 'en-dw-withdraw-pending',
    paraphrases: [
      'my {coin} withdrawal has been processing for {when}',
      'withdrawal stuck under review, when will it go out?',
      'sent {coin} out of my account and the other wallet still has nothing, can you check',
      'withdraw request submitted ages ago, status still pending',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'en-dw-deposit-missing',
    paraphrases: [
      'sent {coin} from another exchange, not credited yet, explorer says success',
      'transferred {amount} to my deposit address and the balance did not change',
      'my wallet says sent but your deposit history shows nothing',
      '{coin} deposit still missing after {when}, it has all confirmations',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'en-dw-wrong-network',
    paraphrases: [
      'sent USDT on BEP20 instead of ERC20, can it be recovered',
      'picked the wrong network when depositing, can I get my coins back',
      'should have used TRC20 but sent it over ethereum',
      'wrong chain deposit, how do I request a recovery',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'en-dw-memo-missing',
    paraphrases: [
      'forgot the destination tag when sending XRP',
      'sent EOS without a memo and it never arrived',
      'typed the wrong tag and the ripple is already gone',
      'left the memo field empty on my deposit, please find it',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'en-dw-fiat',
    paraphrases: [
      'paid the P2P seller but they never released the crypto',
      'fiat withdrawal to my bank still not received',
      'bought USDT with my card, money taken but no coins',
      'the buyer says he paid but nothing in my bank and the p2p order got frozen',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'en-dw-limit',
    paraphrases: [
      'withdrawal limit is too low, how can I raise the daily limit',
      'says daily withdrawal limit exceeded but I have not withdrawn today',
      'can only take out {amount}, want a higher limit',
      'after depositing I am told to wait 24h before withdrawing, can that be lifted',
    ],
  },
  // api
  {
    category: 'api',
    key: 'en-api-signature',
    paraphrases: [
      'placing orders via API returns invalid signature, any HMAC example?',
      'calling the api from python and the signature check always fails',
      'REST request gives 401 signature verification failed',
      'do params need to be sorted before signing? auth keeps failing',
    ],
  },
  {
    category: 'api',
    key: 'en-api-rate-limit',
    paraphrases: [
      'keep getting 429 too many requests from the API, what is the limit',
      'my bot gets throttled, how many requests per second are allowed',
      'market data endpoint hits the rate limit, can you raise it',
      'sending orders a bit faster gets my IP banned',
    ],
  },
  {
    category: 'api',
    key: 'en-api-key-create',
    paraphrases: [
      'the create API key button is greyed out',
      'made an API key but never saw the secret, can I view it again',
      'there is no withdraw permission option on my api key',
      'must I bind an IP whitelist to create a key? my IP is dynamic',
    ],
  },
  {
    category: 'api',
    key: 'en-api-websocket',
    paraphrases: [
      'websocket drops every few minutes, do I need to ping',
      'subscribed to depth over websocket and updates stop after a while',
      'ws connection closes right after connecting, did the url change',
      'live trades stream keeps disconnecting',
    ],
  },
  {
    category: 'api',
    key: 'en-api-ip-whitelist',
    paraphrases: [
      'calls from my whitelisted IP are rejected as not allowed',
      'changed server IP and every api call is blocked, where do I edit the whitelist',
      'set the IP restriction and it still says this IP is not bound',
      'running on AWS and the API says IP check failed',
    ],
  },
  {
    category: 'api',
    key: 'en-api-docs',
    paraphrases: [
      'the endpoint in your API docs returns 404, are the docs current',
      'kline endpoint response has no volume field',
      'is the timestamp in api responses milliseconds or seconds? docs dont say',
      'balance endpoint returns something different from the app',
    ],
  },
  // kyc
  {
    category: 'kyc',
    key: 'en-kyc-id-rejected',
    paraphrases: [
      'my ID verification keeps getting rejected though the photo is sharp',
      'uploaded my ID card for verification and it says declined, why',
      'KYC with my passport failed',
      'document upload says verification failed, how do I resubmit',
    ],
  },
  {
    category: 'kyc',
    key: 'en-kyc-pending',
    paraphrases: [
      'identity verification under review for {when}, when will it finish',
      'submitted KYC documents and it still says pending',
      'waiting on verification approval forever, cannot trade',
      'when do I get the result of advanced verification? sent it long ago',
    ],
  },
  {
    category: 'kyc',
    key: 'en-kyc-selfie',
    paraphrases: [
      'stuck at the face scan step',
      'the selfie holding my ID fails every time, camera will not open',
      'screen goes black during face verification',
      'liveness check just says try again',
    ],
  },
  {
    category: 'kyc',
    key: 'en-kyc-name-mismatch',
    paraphrases: [
      'I changed my legal name and my ID no longer matches the account name',
      'says my verified name does not match the bank account holder',
      'the spelling of my name differs from my passport so verification fails',
      'my name was entered wrong and now identity check fails, please fix',
    ],
  },
  {
    category: 'kyc',
    key: 'en-kyc-foreigner',
    paraphrases: [
      'I am a foreigner, can I verify with my residence permit',
      'my country is not in the nationality list for passport verification',
      'living abroad without a local phone number, other ways to verify?',
      'what documents do non-residents need for verification',
    ],
  },
  {
    category: 'kyc',
    key: 'en-kyc-level-up',
    paraphrases: [
      'what proof of income do I need to upgrade my verification level',
      'got a notice to redo my identity verification, where do I do that',
      'a popup keeps asking for occupation and source of funds, what is this',
      'can a utility bill be my proof of address',
    ],
  },
  // derivatives
  {
    category: 'derivatives',
    key: 'en-der-liquidation',
    paraphrases: [
      'my futures position got liquidated but price never reached the liquidation price',
      'liquidated on a weird mark price wick, I want compensation',
      'my long was force closed out of nowhere, chart never hit liq price',
      'short got liquidated and I do not understand why, check my liquidation record',
    ],
  },
  {
    category: 'derivatives',
    key: 'en-der-funding',
    paraphrases: [
      'funding fee charged way too much, is the calculation right',
      'when is funding settled on perpetual contracts',
      'funding got deducted twice while I held the position',
      'funding rate is negative so why did I pay',
    ],
  },
  {
    category: 'derivatives',
    key: 'en-der-leverage',
    paraphrases: [
      'cannot change leverage, is it locked while a position is open',
      'want 20x leverage but it says max 10x',
      'switching from cross to isolated margin does nothing',
      'changing margin mode throws an error, no open orders either',
    ],
  },
  {
    category: 'derivatives',
    key: 'en-der-close-position',
    paraphrases: [
      'pressed close on my futures position and it is still open',
      'market close only closed part of the position',
      'cannot close my short and losses keep growing, urgent',
      'take profit was set but the position did not close',
    ],
  },
  {
    category: 'derivatives',
    key: 'en-der-margin-transfer',
    paraphrases: [
      'transfer from spot to futures wallet fails',
      'want to move USDT from futures back to spot but transferable is 0',
      'where is the add margin button',
      'futures wallet balance looks wrong, unrealized pnl not included',
    ],
  },
  {
    category: 'derivatives',
    key: 'en-der-adl',
    paraphrases: [
      'my winning position was reduced by auto-deleveraging',
      'got ADLed, what is that, my profit is gone',
      'position size shrank without me doing anything',
      'insurance fund ran short and I was auto deleveraged, any compensation',
    ],
  },
  // general
  {
    category: 'general',
    key: 'en-gen-listing',
    paraphrases: [
      'any plans to list {coin}? when',
      'how does a project apply for a listing',
      'a coin I hold is being delisted, until when can I sell',
      'what happens to tokens marked with a risk warning',
    ],
  },
  {
    category: 'general',
    key: 'en-gen-event',
    paraphrases: [
      'joined the new user promo but the reward never came',
      'won the airdrop event, when is it paid',
      'entered a referral code and no commission shows up',
      'met the trading competition requirements but no bonus voucher',
    ],
  },
  {
    category: 'general',
    key: 'en-gen-fee',
    paraphrases: [
      'what are spot trading fees and how do VIP tiers work',
      'used a fee discount coupon and was charged the full fee anyway',
      'difference between maker and taker fees?',
      'withdrawal fees are way higher than other exchanges',
    ],
  },
  {
    category: 'general',
    key: 'en-gen-app',
    paraphrases: [
      'the app crashes on launch since the update',
      'charts are blank white on my iPhone',
      'not getting any push notifications even though they are enabled',
      'dark mode setting in the app does not save',
    ],
  },
  {
    category: 'general',
    key: 'en-gen-statement',
    paraphrases: [
      'can I get a statement of last year trades for taxes',
      'want to export my full trade history to excel',
      'where do I request a proof of assets',
      'can deposit and withdrawal records be exported as pdf',
    ],
  },
  {
    category: 'general',
    key: 'en-gen-account-close',
    paraphrases: [
      'I want to close my account but cannot find where',
      'after deleting my account when is my personal data erased',
      'my phone number changed, how do I update it',
      'how do I change my email, the old one is gone',
    ],
  },
];
