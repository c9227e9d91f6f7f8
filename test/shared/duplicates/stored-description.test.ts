import { describe, expect, it } from 'vitest';
import { createDuplicateIndex } from '../../../shared/duplicates/duplicate-index';
import { describeTicket } from '../../../shared/duplicates/features';
import {
  decodeDescription,
  encodeDescription,
  minhashOf,
  signatureVersion,
} from '../../../shared/duplicates/stored-description';

const context = {
  category: 'deposit_withdrawal',
  createdAtMs: 1_700_000_000_000,
  customerKey: 'ada@example.com',
};
const texts = [
  {
    subject: 'USDT 출금 지연',
    body: '어제 TRC20으로 USDT 출금했는데 아직 안 왔습니다. txid 9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c0d2e',
  },
  { subject: '提币未到账', body: '我昨天提了0.5个比特币，到现在还没到账，订单号 123456789。' },
  {
    subject: 'Futures liquidation',
    body: 'My stop order did not trigger and my futures position was liquidated.',
  },
];

describe('stored duplicate descriptions', () => {
  it('decode to a document that scores exactly as the one described from text', () => {
    const fromText = createDuplicateIndex();
    const fromStored = createDuplicateIndex();
    texts.forEach((text, position) => {
      const document = describeTicket({ ...text, ...context, customerKey: `customer-${position}` });
      fromText.add(`t${position}`, document);
      const decoded = decodeDescription(encodeDescription(document), {
        ...context,
        customerKey: `customer-${position}`,
      });
      expect(decoded).not.toBeNull();
      expect(Array.from(decoded?.document.features ?? [])).toEqual(Array.from(document.features));
      expect(Array.from(decoded?.signature ?? [])).toEqual(Array.from(minhashOf(document)));
      expect(decoded?.document.identifiers).toEqual(document.identifiers);
      expect(decoded?.document.details).toEqual(document.details);
      fromStored.add(`t${position}`, decoded!.document, 0, decoded!.signature);
    });
    const probe = describeTicket({
      subject: '[재문의] USDT 출금',
      body: 'USDT 출금이 아직도 안 들어왔어요 (TRC20)',
      ...context,
      customerKey: 'customer-0',
    });
    const expected = fromText.find(probe);
    expect(expected.possibleDuplicates.map((match) => match.id)).toEqual(['t0']);
    expect(fromStored.find(probe)).toEqual(expected);
    expect(fromStored.findStored('t1')).toEqual(fromText.findStored('t1'));
    // The finer problems (issue 18) come back too: the liquidation ticket names one.
    expect(describeTicket({ ...texts[2]!, ...context }).details).toEqual(['liquidation']);
    expect(fromStored.findStored('t2')).toEqual(fromText.findStored('t2'));
  });

  it('refuses a description of another version, so it is recomputed rather than trusted', () => {
    const document = describeTicket({ ...texts[0]!, ...context });
    const stored = encodeDescription(document);
    expect(stored.version).toBe(signatureVersion);
    expect(decodeDescription({ ...stored, version: signatureVersion + 1 }, context)).toBeNull();
  });
});

describe('an index loaded newest first', () => {
  it('finds what the index built oldest first finds, bucket caps included', () => {
    // Many near-identical reports in a few hours: buckets overflow their cap of the newest 25.
    const documents = Array.from({ length: 120 }, (_unused, position) =>
      describeTicket({
        subject: position % 2 === 0 ? 'USDT withdrawal pending' : 'USDT 출금 지연',
        body: `My USDT withdrawal on TRC20 is still pending after ${position % 7} hours, order ${position % 5}`,
        category: null,
        createdAtMs: 1_700_000_000_000 + position * 60_000,
        customerKey: `customer-${position % 40}`,
      }),
    );
    const oldestFirst = createDuplicateIndex();
    documents.forEach((document, position) => oldestFirst.add(`t${position}`, document));
    const newestFirst = createDuplicateIndex();
    for (let position = documents.length - 1; position >= 0; position -= 1) {
      const document = documents[position]!;
      newestFirst.add(`t${position}`, document, 0, minhashOf(document), true);
    }
    for (const probe of ['t0', 't57', 't119']) {
      expect(newestFirst.findStored(probe)).toEqual(oldestFirst.findStored(probe));
    }
    expect(oldestFirst.findStored('t119')?.related.length).toBeGreaterThan(5);
  });
});
