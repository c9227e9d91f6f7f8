/**
 * UI strings of the ticket pane at work (docs/agent-day.md, "The ticket pane"): the composer's size handle,
 * the checklist folded away, and a thread the offline cache holds only in part. One object per language;
 * en.ts, ko.ts and zh.ts each include theirs under `agentPane`.
 */

export const agentPaneEn = {
  resizeComposer: 'Resize the reply box (arrow keys)',
  collapseChecklist: 'Hide the checklist items',
  expandChecklist: 'Show the checklist items',
  partlyLoaded: 'Partly loaded: reconnect to see the whole thread',
} as const;

export const agentPaneKo: { [K in keyof typeof agentPaneEn]: string } = {
  resizeComposer: '답장 입력란 크기 조절(화살표 키)',
  collapseChecklist: '체크리스트 항목 접기',
  expandChecklist: '체크리스트 항목 펼치기',
  partlyLoaded: '일부만 불러왔습니다: 다시 연결하면 전체 대화를 볼 수 있습니다',
};

export const agentPaneZh: { [K in keyof typeof agentPaneEn]: string } = {
  resizeComposer: '调整回复框大小（方向键）',
  collapseChecklist: '收起检查清单项目',
  expandChecklist: '展开检查清单项目',
  partlyLoaded: '仅部分加载：重新连接后可查看完整对话',
};
