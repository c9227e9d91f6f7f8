/**
 * UI strings of Metrics' business-time figures (docs/metrics.md "Business hours"): the charts that count
 * only the open hours of teams with a calendar, and the notes saying which chart counts which time. One
 * object per language; en.ts, ko.ts and zh.ts each include theirs under `metricsBusinessTime`.
 */

export const metricsBusinessTimeEn = {
  categoryTitle: 'Response times by category · business hours',
  agentTitle: 'Response times by agent · business hours',
  calendarNote:
    'Calendar hours: every minute from arrival to the answer counts, nights and weekends included.',
  businessNote:
    'Business hours: only the opening hours of teams with a calendar count (Routing page), for their tickets only: {{firstResponses}} first responses, {{resolutions}} resolutions.',
} as const;

export const metricsBusinessTimeKo: Record<keyof typeof metricsBusinessTimeEn, string> = {
  categoryTitle: '카테고리별 응답 시간 · 업무 시간 기준',
  agentTitle: '상담원별 응답 시간 · 업무 시간 기준',
  calendarNote: '달력 시간: 접수부터 답변까지 밤과 주말을 포함한 모든 시간을 셉니다.',
  businessNote:
    '업무 시간: 업무 시간이 설정된 팀(라우팅 화면)의 티켓만, 그 팀의 업무 시간만 셉니다. 첫 응답 {{firstResponses}}건, 해결 {{resolutions}}건.',
};

export const metricsBusinessTimeZh: Record<keyof typeof metricsBusinessTimeEn, string> = {
  categoryTitle: '按类别的响应时间 · 工作时间',
  agentTitle: '按客服的响应时间 · 工作时间',
  calendarNote: '日历时间：从提交到答复的每一分钟都计入，包括夜间和周末。',
  businessNote:
    '工作时间：只统计设置了工作时间的团队（路由页面）的工单，只计其营业时间。首次响应 {{firstResponses}} 个，解决 {{resolutions}} 个。',
};
