/**
 * Texts of the Access log page's "Changes to these limits" list (renderer/features/access-log/
 * SecurityChanges.tsx): who changed the read budget, the retention, team scope, the session rules, or
 * disabled an agent, with the value before and after.
 */
export const securityChangesEn = {
  heading: 'Changes to these limits',
  hint: 'Every change of the read budget, the retention, team scope and the session rules, and every agent disabled or enabled. This list cannot be edited or deleted.',
  empty: 'No limit has been changed yet.',
  failed: 'The changes could not be loaded: {{message}}',
  entry: '{{time}} · {{agent}}: {{change}}',
  readLimits: 'read budget {{before}} → {{after}} tickets an hour',
  retention: 'access-log retention {{before}} → {{after}} days',
  teamScopeOn: 'team scope turned on',
  teamScopeOff: 'team scope turned off',
  sessionPolicy:
    'session rules: idle {{idleBefore}} → {{idleAfter}} min, at most {{absoluteBefore}} → {{absoluteAfter}} h, MFA {{mfaBefore}} → {{mfaAfter}}',
  mfaRequired: 'required',
  mfaOptional: 'optional',
  agentDisabled: 'disabled {{name}}',
  agentEnabled: 'enabled {{name}}',
  other: 'other change ({{action}})',
  unknownAgent: 'an agent',
  adminToken: 'Admin token (service operator)',
} as const;

export const securityChangesKo: { [K in keyof typeof securityChangesEn]: string } = {
  heading: '한도 변경 기록',
  hint: '열람 한도, 보관 기간, 팀 범위, 세션 규칙의 모든 변경과 상담원 비활성화·활성화가 기록됩니다. 이 기록은 수정하거나 지울 수 없습니다.',
  empty: '아직 변경된 한도가 없습니다.',
  failed: '변경 기록을 불러오지 못했습니다: {{message}}',
  entry: '{{time}} · {{agent}}: {{change}}',
  readLimits: '열람 한도 시간당 {{before}} → {{after}}건',
  retention: '접근 기록 보관 기간 {{before}} → {{after}}일',
  teamScopeOn: '팀 범위 켬',
  teamScopeOff: '팀 범위 끔',
  sessionPolicy:
    '세션 규칙: 미사용 {{idleBefore}} → {{idleAfter}}분, 최대 {{absoluteBefore}} → {{absoluteAfter}}시간, MFA {{mfaBefore}} → {{mfaAfter}}',
  mfaRequired: '필수',
  mfaOptional: '선택',
  agentDisabled: '{{name}} 비활성화',
  agentEnabled: '{{name}} 활성화',
  other: '기타 변경 ({{action}})',
  unknownAgent: '상담원',
  adminToken: '관리자 토큰(서비스 운영자)',
};

export const securityChangesZh: { [K in keyof typeof securityChangesEn]: string } = {
  heading: '限制的变更记录',
  hint: '阅读额度、保留期限、团队范围和会话规则的每次变更，以及每次停用或启用客服，都会记录在此。此记录不可修改或删除。',
  empty: '尚无限制被更改。',
  failed: '无法加载变更记录：{{message}}',
  entry: '{{time}} · {{agent}}：{{change}}',
  readLimits: '阅读额度 每小时 {{before}} → {{after}} 个工单',
  retention: '访问日志保留期限 {{before}} → {{after}} 天',
  teamScopeOn: '开启团队范围',
  teamScopeOff: '关闭团队范围',
  sessionPolicy:
    '会话规则：闲置 {{idleBefore}} → {{idleAfter}} 分钟，最长 {{absoluteBefore}} → {{absoluteAfter}} 小时，MFA {{mfaBefore}} → {{mfaAfter}}',
  mfaRequired: '必需',
  mfaOptional: '可选',
  agentDisabled: '停用 {{name}}',
  agentEnabled: '启用 {{name}}',
  other: '其他变更（{{action}}）',
  unknownAgent: '某位客服',
  adminToken: '管理员令牌（服务运维）',
};
