/**
 * UI strings of the checklist's hand mark "not applicable" (issue 17, docs/checklist.md "Hand marks"): the
 * per-item control, the reason shown when an agent set it, and a mark still waiting in the outbox. One
 * object per language; en.ts, ko.ts and zh.ts each include theirs under `checklistMarks`.
 */

export const checklistMarksEn = {
  markNotApplicable: 'Not applicable',
  markNotApplicableLabel: 'Mark “{{item}}” as not applicable to this ticket',
  appliesAgain: 'Applies again',
  appliesAgainLabel: '“{{item}}” applies to this ticket again',
  markedByAgent: 'Marked not applicable by an agent',
  waitingToSend: 'Waiting to send',
} as const;

export const checklistMarksKo: { [K in keyof typeof checklistMarksEn]: string } = {
  markNotApplicable: '해당 없음 처리',
  markNotApplicableLabel: '“{{item}}” 항목을 이 문의에 해당 없음으로 표시',
  appliesAgain: '다시 해당됨',
  appliesAgainLabel: '“{{item}}” 항목을 이 문의에 다시 해당되게 하기',
  markedByAgent: '상담원이 해당 없음으로 표시했습니다',
  waitingToSend: '전송 대기 중',
};

export const checklistMarksZh: { [K in keyof typeof checklistMarksEn]: string } = {
  markNotApplicable: '标为不适用',
  markNotApplicableLabel: '将“{{item}}”标记为不适用于此工单',
  appliesAgain: '重新适用',
  appliesAgainLabel: '“{{item}}”重新适用于此工单',
  markedByAgent: '客服已标记为不适用',
  waitingToSend: '等待发送',
};
