/**
 * UI strings of issue 17's leftovers (docs/agent-day.md, docs/offline.md, docs/checklist.md): the sync
 * indicator's failed state, the outbox's own error texts in the agent's language and the lead-in before a
 * service's refusal, and an agent's "it applies" over an automatic not-applicable. One object per
 * language; en.ts, ko.ts and zh.ts each include theirs under `dayTruth`.
 */

export const dayTruthEn = {
  failed_one: '{{count}} change not sent',
  failed_other: '{{count}} changes not sent',
  failedOpen: 'See why',
  failedHint: 'Open the list of your changes to see why, and discard what will not be sent.',
  errors: {
    network_error: 'The service could not be reached.',
    unauthorized: 'Sign in again to send this.',
    not_found: 'The ticket no longer exists.',
    version_conflict: 'Someone else changed the same fields meanwhile.',
    httpStatus: 'The service answered with error {{status}}.',
    bulkPartial: 'Some tickets were not changed: {{message}}',
    service: 'The service refused it: {{message}}',
  },
  views: {
    action: 'Saved view “{{name}}”',
    deleteAction: 'Deleting saved view “{{name}}”',
  },
  merged: {
    fromCache: 'Shown from this console’s offline copy: reconnect to see the merge’s details or to undo it.',
  },
  applies: {
    button: 'Applies',
    buttonLabel: 'Applies: “{{item}}” is needed on this ticket after all',
    marked: 'Marked as applying by an agent (automatically: {{reason}})',
    reset: 'Back to automatic',
    resetLabel: 'Back to automatic: “{{item}}” follows the rule again',
  },
} as const;

/** The same keys as `T`, any strings. */
type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
type DayTruthStrings = Strings<typeof dayTruthEn>;

export const dayTruthKo: DayTruthStrings = {
  failed_one: '보내지 못한 변경 {{count}}건',
  failed_other: '보내지 못한 변경 {{count}}건',
  failedOpen: '이유 보기',
  failedHint: '변경 목록을 열어 보내지 못한 이유를 확인하고, 보낼 수 없는 변경은 취소하세요.',
  errors: {
    network_error: '서비스에 연결할 수 없습니다.',
    unauthorized: '이 변경을 보내려면 다시 로그인하세요.',
    not_found: '티켓이 더 이상 존재하지 않습니다.',
    version_conflict: '그사이 다른 사람이 같은 항목을 변경했습니다.',
    httpStatus: '서비스가 오류 {{status}}(으)로 응답했습니다.',
    bulkPartial: '일부 티켓은 변경되지 않았습니다: {{message}}',
    service: '서비스가 거부했습니다: {{message}}',
  },
  views: {
    action: '저장한 보기 “{{name}}”',
    deleteAction: '저장한 보기 “{{name}}” 삭제',
  },
  merged: {
    fromCache:
      '이 콘솔의 오프라인 사본으로 표시합니다. 병합 상세 정보를 보거나 병합을 취소하려면 다시 연결하세요.',
  },
  applies: {
    button: '해당됨',
    buttonLabel: '해당됨: 이 문의에는 “{{item}}” 항목이 필요합니다',
    marked: '상담원이 해당됨으로 표시했습니다 (자동 판단: {{reason}})',
    reset: '자동 판단으로 되돌리기',
    resetLabel: '자동 판단으로 되돌리기: “{{item}}” 항목이 다시 규칙을 따릅니다',
  },
};

export const dayTruthZh: DayTruthStrings = {
  failed_one: '{{count}} 项更改未发送',
  failed_other: '{{count}} 项更改未发送',
  failedOpen: '查看原因',
  failedHint: '打开您的更改列表查看未发送的原因，并放弃无法发送的更改。',
  errors: {
    network_error: '无法连接到服务。',
    unauthorized: '请重新登录后发送。',
    not_found: '该工单已不存在。',
    version_conflict: '在此期间，其他人更改了相同的字段。',
    httpStatus: '服务返回错误 {{status}}。',
    bulkPartial: '部分工单未更改：{{message}}',
    service: '服务拒绝了此操作：{{message}}',
  },
  views: {
    action: '已保存的视图“{{name}}”',
    deleteAction: '删除已保存的视图“{{name}}”',
  },
  merged: {
    fromCache: '以下内容来自本控制台的离线副本：重新连接后才能查看合并详情或撤销合并。',
  },
  applies: {
    button: '适用',
    buttonLabel: '适用：此工单仍需要“{{item}}”',
    marked: '客服已标记为适用（自动判断：{{reason}}）',
    reset: '恢复自动判断',
    resetLabel: '恢复自动判断：“{{item}}”重新按规则判断',
  },
};
