import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/domain/routing-schemas';
import { auditActorName } from '../../../../renderer/features/access-log/audit-actor';
import { changeLanguage, initI18n } from '../../../../renderer/i18n/i18n';

const i18n = initI18n('en');

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-12-07T09:00:00.000Z',
  agent_id: 'agent-1',
  action: 'security.read_limits',
  ticket_ids: [],
  details: {},
  ...overrides,
});

describe('who made an audited change', () => {
  const listed = (id: string): string | null => (id === 'agent-1' ? 'Jiwoo Park' : null);

  it('names the operator’s admin token in the console’s language, not "—"', async () => {
    for (const [language, expected] of [
      ['en', 'Admin token (service operator)'],
      ['ko', '관리자 토큰(서비스 운영자)'],
      ['zh', '管理员令牌（服务运维）'],
    ] as const) {
      await changeLanguage(language);
      const t = i18n.t.bind(i18n) as TFunction;
      expect(auditActorName(entry({ agent_id: 'system', by_admin_token: true }), listed, t)).toBe(expected);
    }
    await changeLanguage('en');
  });

  it('prefers the listed name, then the name the service sent (a disabled agent), then "—"', () => {
    const t = i18n.t.bind(i18n) as TFunction;
    expect(auditActorName(entry({ agent_name: 'Old name' }), listed, t)).toBe('Jiwoo Park');
    expect(auditActorName(entry({ agent_id: 'agent-2', agent_name: 'Disabled Dana' }), listed, t)).toBe(
      'Disabled Dana',
    );
    expect(auditActorName(entry({ agent_id: null }), listed, t)).toBe('—');
  });
});
