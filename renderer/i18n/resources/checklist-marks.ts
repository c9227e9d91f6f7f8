/**
 * UI strings of the checklist's hand mark "not applicable" (issue 17, docs/checklist.md "Not applicable by
 * hand"): the per-item control, the reason shown when an agent set it, and a mark still waiting in the
 * outbox. Each control's accessible label starts with its visible words (WCAG 2.5.3, label in name). One
 * object per language; en.ts, ko.ts and zh.ts each include theirs under `checklistMarks`.
 */

export const checklistMarksEn = {
  markNotApplicable: 'Not applicable',
  markNotApplicableLabel: 'Not applicable: “{{item}}” does not apply to this ticket',
  appliesAgain: 'Applies again',
  appliesAgainLabel: 'Applies again: “{{item}}” applies to this ticket',
  markedByAgent: 'Marked not applicable by an agent',
  waitingToSend: 'Waiting to send',
} as const;

export const checklistMarksKo: { [K in keyof typeof checklistMarksEn]: string } = {
  markNotApplicable: '해당 없음 처리',
  markNotApplicableLabel: '해당 없음 처리: “{{item}}” 항목은 이 문의에 해당하지 않습니다',
  appliesAgain: '다시 해당됨',
  appliesAgainLabel: '다시 해당됨: “{{item}}” 항목이 이 문의에 다시 해당됩니다',
  markedByAgent: '상담원이 해당 없음으로 표시했습니다',
  waitingToSend: '전송 대기 중',
};

export const checklistMarksZh: { [K in keyof typeof checklistMarksEn]: string } = {
  markNotApplicable: '标为不适用',
  markNotApplicableLabel: '标为不适用：“{{item}}”不适用于此工单',
  appliesAgain: '重新适用',
  appliesAgainLabel: '重新适用：“{{item}}”重新适用于此工单',
  markedByAgent: '客服已标记为不适用',
  waitingToSend: '等待发送',
};
