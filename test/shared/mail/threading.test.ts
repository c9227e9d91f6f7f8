import { describe, expect, it } from 'vitest';
import { decideThread, ticketNumberInSubject } from '../../../shared/mail/threading';
import { messageIdsIn, messageKeyOf, parseServiceMessageId } from '../../../shared/mail/message-id';

describe('ticket numbers in subjects', () => {
  it('reads [#number] wherever it stands, the first one winning', () => {
    expect(ticketNumberInSubject('Re: [#1042] Deposit missing')).toBe(1042);
    expect(ticketNumberInSubject('回复：[#77] 无法提现 [#78]')).toBe(77);
    expect(ticketNumberInSubject('Order #1042 failed')).toBeNull();
    expect(ticketNumberInSubject('[#] nothing')).toBeNull();
  });
});

describe('threading decisions', () => {
  const subjectTicket = { id: 'ticket-a', allowedSenderKeys: ['kim@naver.com', 'assistant@naver.com'] };

  it('follows a signed reference first, whoever sends it', () => {
    expect(
      decideThread({ signedTicketIds: ['ticket-b'], subjectTicket, senderKey: 'stranger@x.com' }),
    ).toEqual({
      kind: 'thread',
      ticketId: 'ticket-b',
      rule: 'signed_reference',
    });
  });

  it('threads by subject number for the requester and recorded CCs only', () => {
    expect(decideThread({ signedTicketIds: [], subjectTicket, senderKey: 'kim@naver.com' })).toMatchObject({
      kind: 'thread',
      rule: 'subject_number',
    });
    expect(
      decideThread({ signedTicketIds: [], subjectTicket, senderKey: 'assistant@naver.com' }),
    ).toMatchObject({
      kind: 'thread',
    });
  });

  it("opens a stranger's mail as a new ticket related to the one it named", () => {
    expect(decideThread({ signedTicketIds: [], subjectTicket, senderKey: 'attacker@evil.example' })).toEqual({
      kind: 'new',
      relatedTicketId: 'ticket-a',
      rule: 'stranger',
    });
    expect(decideThread({ signedTicketIds: [], subjectTicket: null, senderKey: 'kim@naver.com' })).toEqual({
      kind: 'new',
      relatedTicketId: null,
      rule: 'new_ticket',
    });
  });
});

describe('Message-IDs', () => {
  it('lists the ids of References in order, with or without brackets', () => {
    expect(messageIdsIn('<a@x> <b@y>\r\n <c@z>')).toEqual(['a@x', 'b@y', 'c@z']);
    expect(messageIdsIn('bare@id.example')).toEqual(['bare@id.example']);
    expect(messageIdsIn(undefined)).toEqual([]);
    expect(messageKeyOf('<CAF=x+y@mail.gmail.com>')).toBe('CAF=x+y@mail.gmail.com');
    expect(messageKeyOf('')).toBeNull();
  });

  it("recognises the service's layout and nothing else", () => {
    const id =
      '<sc.0b4f3c1e-8a2d-4c3b-9e1f-2a3b4c5d6e7f.8cb162f8-1648-4fbf-9046-b44ca94963dc.99475898b93b8b474fece1fd60e31370@exchange.test>';
    expect(parseServiceMessageId(id)).toMatchObject({
      ticketId: '0b4f3c1e-8a2d-4c3b-9e1f-2a3b4c5d6e7f',
      domain: 'exchange.test',
    });
    expect(parseServiceMessageId('<sc.not-a-uuid.key.99475898b93b8b474fece1fd60e31370@x>')).toBeNull();
    expect(parseServiceMessageId('<CAGmail@mail.gmail.com>')).toBeNull();
  });
});
