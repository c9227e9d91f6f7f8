import type { ProblemText, TradingProblemKey } from './problems';

/** English texts of order, futures and API problems. */
export const englishTradingTexts: Record<TradingProblemKey, ProblemText> = {
  'order-wont-cancel': {
    subjects: [
      "Order won't cancel",
      'Cannot cancel open order on {market}',
      'Order filled after I cancelled it',
    ],
    bodies: [
      'My {market} order from {time} cannot be cancelled. When I press cancel it says "{error}".',
      'I am trying to cancel a {market} limit buy but it stays in my open orders no matter how often I press cancel.',
      'I cancelled my order but a moment later it was filled. The cancel came first, so why was it executed?',
    ],
    resolutions: [
      'The order was already being filled just before your cancel request arrived, so the cancel could not apply. The order log shows the fill before the cancel.',
      'A temporary delay on the order server kept the cancel from applying. We have cancelled the order and released the locked funds.',
    ],
    errors: [
      'Order is already being processed. (O-4009)',
      'Failed to cancel order. Please try again. (O-5001)',
      'order_not_found',
    ],
  },
  'partial-fill': {
    subjects: [
      'Order only partially filled',
      'Partial fill question',
      '{market} order stuck after partial fill',
    ],
    bodies: [
      'I placed a buy on {market} at {price} and only part of it filled; the rest is still open although the price went way lower.',
      'How are fees calculated on a partially filled order?',
      'My limit sell at {price} on {market} was touched, but only part of it filled. Why not all of it?',
    ],
    resolutions: [
      'A limit order fills only as far as there is volume at your price; the rest stays open. There was not enough volume at that price at the time, so it filled partially.',
      'Fees are charged only on the filled quantity, never on the unfilled remainder.',
    ],
  },
  'unexpected-fill-price': {
    subjects: [
      'Market order filled at a crazy price',
      'Wrong execution price',
      '{market} fill price way off',
    ],
    bodies: [
      'I bought {market} at market and it filled far above the price on screen. I saw something near {price}.',
      'My stop-limit order filled at a price different from what I set.',
      'I market-sold during the dump {time} to cut losses and the average fill is ridiculously low. Is this a system error?',
    ],
    resolutions: [
      'A market order takes the order book level by level, so in fast markets the average fill can differ from the displayed price. The order log shows a normal execution with no system error.',
      'A stop-limit order submits a limit order once the trigger price is reached; it then filled within your limit according to the order book at that moment.',
    ],
  },
  'balance-locked': {
    subjects: ['Balance unavailable without open orders', 'Available balance is wrong', 'Funds locked'],
    bodies: [
      'I have no open orders but part of my KRW balance is not available for trading.',
      'My coin balance shows different numbers on the assets tab and the order screen.',
      'When I try to buy it says "{error}", although my balance is enough.',
    ],
    resolutions: [
      'Funds of a pending withdrawal are excluded from your available balance until it completes. The withdrawal has now completed and your balance displays correctly.',
      'The app had not refreshed its cached balance; the data on our side is correct. Restarting the app will fix the display.',
    ],
    errors: ['Insufficient available balance.', 'Insufficient funds. (O-4001)'],
  },
  'order-error': {
    subjects: ['Minimum order amount error', 'Cannot place order', 'Error when placing an order'],
    bodies: [
      'I want to sell a tiny leftover amount but the minimum order size blocks me. What can I do with the dust?',
      'Every buy order on {market} fails with "{error}".',
      'I keep getting an error when I place orders. It worked fine until yesterday.',
    ],
    resolutions: [
      'The minimum order in KRW markets is 5,000 KRW. Small leftovers can be converted at once with the "Convert small balances" feature.',
      'The price did not match the tick size of that market, which caused the error. Entering a price on the tick grid will work.',
    ],
    errors: ['Minimum order total is 5,000 KRW.', 'Invalid price unit. (O-4103)', 'under_min_total_bid'],
  },
  'liquidation-dispute': {
    subjects: ['Unfair liquidation', '{symbol} position liquidated', 'Liquidated before reaching liq price'],
    bodies: [
      'I had a {leverage}x long on {symbol} and got liquidated {time}. The chart I was watching never hit my liquidation price.',
      'My liquidation price was clearly lower and I still got liquidated. This looks like a price wick. I want compensation.',
      'No margin call notification, the position just disappeared. I tried to add margin but the app froze.',
    ],
    resolutions: [
      'Liquidation is triggered by the mark price, not the last traded price. The mark price reached your liquidation price at that time, so the liquidation was correct.',
      'The system logs for that moment show the order servers worked normally and the liquidation followed the mark price. Details are under Futures > History.',
    ],
  },
  'funding-fee': {
    subjects: ['Funding fee too high', 'Charged funding after closing', 'Funding fee timing'],
    bodies: [
      'Much more funding was deducted on my {symbol} position than I expected. How is it calculated?',
      'I closed one minute before funding and was still charged.',
      'At what times is funding settled?',
    ],
    resolutions: [
      'Funding is settled every 8 hours (01:00, 09:00, 17:00 KST) as notional value × funding rate. You held the position at settlement time.',
      'Your closing order filled after the settlement moment, so the funding fee was charged correctly.',
    ],
  },
  'position-close-error': {
    subjects: [
      'Cannot close position',
      '{symbol} close position error',
      'URGENT cannot close futures position',
    ],
    bodies: [
      'Nothing happens when I press close position. I am at {leverage}x, this is very risky.',
      'I try to market-close my {symbol} position and get "{error}". My loss keeps growing.',
      'I pressed close all and only part of the position closed.',
    ],
    resolutions: [
      'There was a temporary order delay which is now resolved; closing works normally. We will review whether the delay affected your loss and get back to you.',
      'Your reduce-only orders exceeded the position size, which caused the error. Cancel the open reduce-only orders and close again.',
    ],
    errors: ['Reduce-only order size exceeds position. (F-3021)', 'Order processing error. (F-5000)'],
  },
  'margin-transfer': {
    subjects: [
      'Transferable amount is too low',
      'Transferred USDT not showing',
      'Cannot transfer from futures to spot',
    ],
    bodies: [
      'The transferable amount is lower than my actual balance.',
      'I transferred USDT from spot to futures but it does not show in the futures wallet.',
      'Transferring from futures to spot fails with "{error}".',
    ],
    resolutions: [
      'Only the balance excluding unrealized losses and position margin can be transferred out of futures; the amount shown is correct.',
      'The transfer completed; the app was just slow to refresh. The funds are in your futures wallet.',
    ],
    errors: [
      'Transfer amount exceeds available. (F-2104)',
      'Transfers are restricted while positions are open.',
    ],
  },
  'api-unauthorized': {
    subjects: ['API returns 401', 'invalid_access_key error', 'API authentication keeps failing'],
    bodies: [
      'My trading bot worked until yesterday and now fails authentication. I did not change the keys.',
      'I build the JWT and send it, but I always get 401 Unauthorized. Using pyjwt in Python.',
      'Calling {endpoint} through the Open API returns 401 with {error}',
    ],
    resolutions: [
      'That API key has passed its one-year validity and expired. Please issue a new key under My page > Open API.',
      'The JWT payload is missing a nonce. Put a fresh UUID nonce in every request and it will work.',
    ],
    errors: [
      '{"error":{"name":"invalid_access_key","message":"Invalid access key."}}',
      '{"error":{"name":"jwt_verification","message":"Failed to verify Jwt token."}}',
      '{"error":{"name":"expired_access_key","message":"Expired access key."}}',
    ],
  },
  'api-signature': {
    subjects: ['API signature error', 'query_hash verification fails', 'Signature error on order endpoint'],
    bodies: [
      'Read endpoints work but {endpoint} fails with a signature error: {error}',
      'I compute query_hash with SHA512 but verification fails every time. Is parameter order the problem?',
      'Passing an array parameter (uuids[]) breaks the signature.',
    ],
    resolutions: [
      'query_hash must be computed over exactly the query string you send, before URL encoding; keep array parameters as uuids[]=a&uuids[]=b.',
      'For POST requests the body parameters must be included in the query_hash. Following the example in the docs will fix it.',
    ],
    errors: [
      '{"error":{"name":"invalid_query_payload","message":"Invalid query payload."}}',
      '{"error":{"name":"jwt_verification","message":"Failed to verify Jwt token."}}',
    ],
  },
  'api-rate-limit': {
    subjects: ['API 429 Too Many Requests', 'Rate limit question', 'Rate limits too strict'],
    bodies: [
      'Order calls often fail with too_many_requests. What exactly are the limits?',
      'I only poll tickers a few times per second and still get 429: {error}',
      'I run several bots on the same key and seem to hit the limit. Can you raise it?',
    ],
    resolutions: [
      'Limits apply per account and IP, not per key: 8 requests/s for orders and 10/s for market data. The Remaining-Req response header shows what is left.',
      'For market data, use the WebSocket feed instead of REST polling; it has no request limit.',
    ],
    errors: [
      '{"error":{"name":"too_many_requests","message":"Too many API requests."}}',
      'HTTP 429 Too Many Requests',
    ],
  },
  'api-ip-allowlist': {
    subjects: ['API IP not allowed', 'no_authorization_ip error', 'API broken after server IP change'],
    bodies: [
      'Since moving our server to AWS every call fails with {error}',
      'I registered the IP when creating the key but it still says the IP is not verified.',
      'My home IP changes often. Can I use the API without an IP restriction?',
    ],
    resolutions: [
      'Keys with trading or withdrawal permission only work from registered IPs. Please add the public IP of your server under Open API settings.',
      'Your requests arrive from a different public IP than the registered one. If you use a NAT gateway, register its outbound IP.',
    ],
    errors: [
      '{"error":{"name":"no_authorization_ip","message":"This is not a verified IP."}}',
      'no_authorization_ip',
    ],
  },
  'api-websocket': {
    subjects: [
      'WebSocket disconnects frequently',
      'Missing trades on WebSocket',
      'WebSocket connection closed',
    ],
    bodies: [
      'My ticker subscription disconnects every few minutes. Error: {error}',
      'Some trade messages seem to be missing compared with the REST endpoint.',
      'The connection closes after about 120 seconds. Do I need to send pings?',
    ],
    resolutions: [
      'Connections are closed after 120 seconds without traffic. Send a PING periodically to keep the connection open.',
      'We restarted WebSocket servers briefly at that time. Please add reconnect logic and backfill gaps through the REST API.',
    ],
    errors: [
      'WebSocket closed: code 1006',
      'Connection reset by peer',
      '{"error":{"name":"INVALID_AUTH","message":"Invalid auth."}}',
    ],
  },
};
