import { describe, expect, it } from 'vitest';
import {
  findAddress,
  findAmount,
  findAsset,
  findMemo,
  findNetwork,
  needsMemo,
} from '../../../shared/checklist/transfer/extract';
import { detectSituation, findNoHashYet } from '../../../shared/checklist/transfer/situation';
import { evaluateChecklist } from '../../../shared/checklist/evaluate';
import { defaultRequiredItems, withRequiredItems, type Checklist } from '../../../shared/checklist/items';

/** The crypto items of the checklist (issue 17): coin, network, amount, address, memo/tag, by situation. */

function checklistOf(
  text: string,
  locale: string,
  category: string | null = 'deposit_withdrawal',
): Checklist {
  return evaluateChecklist({
    category,
    texts: [text],
    attachments: [],
    requester: { email: 'customer@example.com', locale },
    referenceTime: new Date('2025-03-06T02:00:00Z'),
  });
}

function item(checklist: Checklist, key: string) {
  const found = checklist.items.find((entry) => entry.key === key);
  if (found === undefined) {
    throw new Error(`no item ${key}`);
  }
  return found;
}

describe('crypto extractors in ko/zh/en', () => {
  it.each([
    ['sending usdt from my wallet', 'USDT'],
    ['이더리움 보냈는데요', 'ETH'],
    ['我转了一些比特币', 'BTC'],
    ['Ethereum Classic transfer', 'ETC'],
    ['리플로 이체했습니다', 'XRP'],
  ])('finds the coin in %s', (text, ticker) => {
    expect(findAsset(text)?.normalized).toBe(ticker);
  });

  it.each(['I will send it soon', 'the dot in the address', 'op-ed about trading'])(
    'finds no coin in %s',
    (text) => {
      expect(findAsset(text)).toBeNull();
    },
  );

  it.each([
    ['used TRC-20 for it', 'TRC20'],
    ['sent via the BSC network', 'BEP20'],
    ['ERC20으로 보냈어요', 'ERC20'],
    ['트론 네트워크로 전송', 'TRC20'],
    ['走的币安链', 'BEP20'],
    ['arbitrum one', 'ARBITRUM'],
  ])('finds the network in %s', (text, network) => {
    expect(findNetwork(text)?.normalized).toBe(network);
  });

  it.each([
    ['moved 0.25 BTC yesterday', '0.25 BTC'],
    ['1,500 USDT 입금', '1,500 USDT'],
    ['转了300U', '300U'],
    ['수량은 12.5', '수량은 12.5'],
  ])('finds the amount in %s', (text, evidence) => {
    expect(findAmount(text)?.evidence).toBe(evidence);
  });

  it.each(['3개월째 기다리는 중', 'version 2.5 of the app', 'at 14:30'])('finds no amount in %s', (text) => {
    expect(findAmount(text)).toBeNull();
  });

  it('finds addresses of several chains and never takes a tx hash for one', () => {
    expect(findAddress('to 0x71C7656EC7ab88b098defB751B7401B5f6d8976F please')?.normalized).toBe(
      '0x71C7656EC7ab88b098defB751B7401B5f6d8976F',
    );
    expect(findAddress('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).not.toBeNull();
    expect(findAddress('TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE 로 보냄')).not.toBeNull();
    expect(findAddress('rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh')).not.toBeNull();
    expect(findAddress(`0x${'3f'.repeat(32)}`)).toBeNull();
    expect(findAddress('order 1234567890123456789012345678')).toBeNull();
  });

  it('finds a memo or tag value, and a memo left out', () => {
    expect(findMemo('destination tag: 10487532')?.normalized).toBe('10487532');
    expect(findMemo('메모 번호는 556677 입니다')?.normalized).toBe('556677');
    expect(findMemo('备注：88231')?.normalized).toBe('88231');
    expect(findMemo('I forgot to add the memo')?.normalized).toBe('none');
    expect(findMemo('태그를 안 넣고 보냈어요')?.normalized).toBe('none');
    expect(findMemo('没填标签')?.normalized).toBe('none');
    expect(findMemo('please tag me when it is done')).toBeNull();
  });

  it('knows which chains use a memo', () => {
    expect(needsMemo('XRP', null)).toBe(true);
    expect(needsMemo('XLM', null)).toBe(true);
    expect(needsMemo('USDT', 'BEP2')).toBe(true);
    expect(needsMemo('USDT', 'TRC20')).toBe(false);
    expect(needsMemo(null, null)).toBe(false);
  });
});

describe('situations', () => {
  it.each([
    ['my withdrawal is still processing since noon', 'withdrawal_pending'],
    ['출금 신청한 지 3시간째 심사중이에요', 'withdrawal_pending'],
    ['提币一直在审核中', 'withdrawal_pending'],
    ['withdrawal shows completed but my wallet never received it', 'withdrawal_not_received'],
    ['출금 완료라고 뜨는데 지갑에 안 들어왔어요', 'withdrawal_not_received'],
    ['提现显示成功，但是钱包没收到', 'withdrawal_not_received'],
    ['deposit has not been credited after 2 hours', 'deposit_not_credited'],
    ['입금했는데 반영이 안 돼요', 'deposit_not_credited'],
    ['充值三个小时了还没到账', 'deposit_not_credited'],
    ['I picked the wrong network when sending', 'wrong_network'],
    ['네트워크를 잘못 선택해서 보냈어요', 'wrong_network'],
    ['充错链了怎么办', 'wrong_network'],
  ])('reads %s as %s', (text, situation) => {
    expect(detectSituation([text])).toBe(situation);
  });

  it('reads no situation in a question about fees', () => {
    expect(detectSituation(['what are the fees for trading futures?'])).toBeNull();
  });

  it.each(['there is no tx hash yet', 'TXID가 아직 없어요', '还没有哈希', 'the txid has not been generated'])(
    'understands "no hash yet" in %s',
    (text) => {
      expect(findNoHashYet([text])).not.toBeNull();
    },
  );

  it.each([
    'where can I find the txid?',
    'TXID를 어디서 찾나요',
    `the hash is 0x${'ab'.repeat(32)} and it has not arrived yet`,
  ])('does not take %s for "no hash yet"', (text) => {
    expect(findNoHashYet([text])).toBeNull();
  });
});

describe('the checklist by category and situation', () => {
  it('does not ask a pending withdrawal for a TxID: the item is not applicable', () => {
    const checklist = checklistOf(
      'My USDT withdrawal of 80 USDT on TRC20 has been pending all morning',
      'en',
    );
    expect(checklist.situation).toBe('withdrawal_pending');
    expect(item(checklist, 'transaction_id')).toMatchObject({
      required: false,
      present: false,
      not_applicable: 'withdrawal_pending',
    });
    expect(item(checklist, 'asset')).toMatchObject({ required: true, present: true, normalized: 'USDT' });
    expect(item(checklist, 'network')).toMatchObject({ required: true, present: true, normalized: 'TRC20' });
    expect(item(checklist, 'amount')).toMatchObject({ required: true, present: true });
  });

  it('takes the customer\'s "no hash yet" as an answer, not as missing', () => {
    const checklist = checklistOf('출금했는데 아직 안 들어왔어요. 근데 TXID는 아직 없대요', 'ko');
    expect(item(checklist, 'transaction_id')).toMatchObject({ required: false, present: false });
    expect(item(checklist, 'transaction_id').not_applicable).not.toBeUndefined();
    expect(item(checklist, 'transaction_id').evidence).toContain('TXID');
  });

  it('asks a deposit not credited for coin, network, amount, address and TxID, and the tag on XRP', () => {
    const checklist = checklistOf('리플 입금했는데 반영이 안 됐어요', 'ko');
    expect(checklist.situation).toBe('deposit_not_credited');
    const required = checklist.items.filter((entry) => entry.required).map((entry) => entry.key);
    expect(required).toEqual(
      expect.arrayContaining(['asset', 'network', 'amount', 'address', 'memo', 'transaction_id']),
    );
    // XRP lives on its own ledger: the network is known from the coin.
    expect(item(checklist, 'network')).toMatchObject({ present: true, normalized: 'XRP' });
    expect(item(checklist, 'memo')).toMatchObject({ required: true, present: false });
  });

  it('does not ask for a memo on a chain without one', () => {
    const checklist = checklistOf('充值了200 USDT，ERC20，一直没到账', 'zh');
    expect(item(checklist, 'memo').required).toBe(false);
    expect(item(checklist, 'amount')).toMatchObject({ present: true, evidence: '200 USDT' });
  });

  it('asks nothing crypto of a category that is not about transfers', () => {
    const checklist = checklistOf('입금했는데 반영이 안 돼요', 'ko', 'api');
    expect(item(checklist, 'asset').required).toBe(false);
  });

  it('counts the contact present whenever the requester e-mail is known, in every category', () => {
    for (const category of ['account_security', 'deposit_withdrawal', 'general']) {
      expect(item(checklistOf('help', 'en', category), 'contact')).toMatchObject({
        present: true,
        evidence: 'customer@example.com',
      });
    }
  });

  it('keeps not-applicable items unrequired when stored checklists are re-flagged with new rules', () => {
    const stored = checklistOf('출금 처리 중인데 언제 되나요? BTC 0.1개', 'ko');
    const rules = { ...defaultRequiredItems, deposit_withdrawal: ['transaction_id', 'device'] as const };
    const reflagged = withRequiredItems(stored, rules, 'deposit_withdrawal');
    expect(item(reflagged, 'transaction_id').required).toBe(false);
    expect(item(reflagged, 'device').required).toBe(true);
    expect(item(reflagged, 'asset').required).toBe(true);
  });

  it('lists the new keys on checklists stored before they existed', () => {
    const old: Checklist = {
      analyzed: true,
      items: [{ key: 'transaction_id', required: true, present: false, evidence: null }],
    };
    const reflagged = withRequiredItems(old, defaultRequiredItems, 'deposit_withdrawal');
    expect(reflagged.items.map((entry) => entry.key)).toContain('memo');
    expect(item(reflagged, 'transaction_id').required).toBe(true);
  });
});
