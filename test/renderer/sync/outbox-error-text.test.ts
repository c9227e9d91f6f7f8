import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { settleAttempt, createOutboxEntry } from '../../../shared/sync/outbox';
import { outboxErrorText } from '../../../renderer/sync/outbox-error-text';

const now = '2026-01-01T00:00:00.000Z';
const entry = createOutboxEntry(
  { kind: 'message', ticket_id: 'ticket-1', body: { kind: 'reply', body: 'Hi' } },
  'key-1',
  now,
);

/** The error the outbox keeps after one attempt with `outcome`. */
function errorAfter(outcome: Parameters<typeof settleAttempt>[1]) {
  const settlement = settleAttempt(entry, outcome, { now, random: 0 });
  if (settlement.kind === 'acknowledged') {
    throw new Error('expected an error');
  }
  return settlement.entry.error;
}

afterEach(() => i18next.changeLanguage('en'));

describe('outbox error texts', () => {
  it('translates the console’s own errors into Korean and Chinese', async () => {
    const unreachable = errorAfter({ kind: 'network_error' });
    const unauthorized = errorAfter({ kind: 'response', status: 401, body: null });
    const bare = errorAfter({ kind: 'response', status: 403, body: 'not json' });
    expect(outboxErrorText(unreachable)).toBe('The service could not be reached.');
    await i18next.changeLanguage('ko');
    expect(outboxErrorText(unreachable)).toBe('서비스에 연결할 수 없습니다.');
    expect(outboxErrorText(unauthorized)).toBe('이 변경을 보내려면 다시 로그인하세요.');
    expect(outboxErrorText(bare)).toBe('서비스가 오류 403(으)로 응답했습니다.');
    await i18next.changeLanguage('zh');
    expect(outboxErrorText(unreachable)).toBe('无法连接到服务。');
    expect(outboxErrorText({ code: 'not_found', message: 'the ticket no longer exists' })).toBe(
      '该工单已不存在。',
    );
  });

  it('keeps the service’s text behind a translated lead-in, or bare where the caller leads in', async () => {
    const refused = errorAfter({
      kind: 'response',
      status: 403,
      body: {
        error: { code: 'undo_needs_lead', message: 'this merge needed a lead, so undoing it does too' },
      },
    });
    await i18next.changeLanguage('zh');
    expect(outboxErrorText(refused)).toBe(
      '服务拒绝了此操作：this merge needed a lead, so undoing it does too',
    );
    expect(outboxErrorText(refused, { leadIn: false })).toBe(
      'this merge needed a lead, so undoing it does too',
    );
    // A service error that reuses one of the console's codes keeps the service's own words.
    expect(outboxErrorText({ code: 'not_found', message: 'ticket 12 was deleted' })).toBe(
      '服务拒绝了此操作：ticket 12 was deleted',
    );
    expect(outboxErrorText(null)).toBe('');
  });
});
