/**
 * UI strings of the agent's day (docs/agent-day.md): work views, the next ticket, links, team workday
 * settings, sending state, display names. One object per language; en.ts, ko.ts and zh.ts each include theirs
 * under `agentDay`.
 */

export const agentDayEn = {
  views: { next: 'My work', sla_breached: 'Breached', sla_at_risk: 'At risk' },
  nextTicket: 'Next ticket',
  nextTicketHint: 'Open the next ticket in this view (N)',
  nothingNext: 'Nothing else in this view.',
  ticketNotFound: 'Ticket #{{number}} is not in the queue.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkCopyFailed: 'Could not copy: {{link}}',
  teams: {
    landingView: 'Agents land on',
    assignOnReply: 'A reply assigns an unassigned ticket to its author',
  },
  waitingToSend: 'Waiting to send',
  partlyLoaded: 'Partly loaded: reconnect to see the whole thread.',
  displayNames: {
    heading: 'Your name in replies',
    hint: 'Customers read this name under requests in their language. Empty: your account name.',
    language: { en: 'English', ko: 'Korean', zh: 'Chinese' },
  },
};

/** Korean strings (keys mirror agentDayEn). */
export const agentDayKo: typeof agentDayEn = {
  views: { next: '내 작업', sla_breached: 'SLA 초과', sla_at_risk: 'SLA 임박' },
  nextTicket: '다음 티켓',
  nextTicketHint: '이 보기의 다음 티켓 열기 (N)',
  nothingNext: '이 보기에 남은 티켓이 없습니다.',
  ticketNotFound: '티켓 #{{number}}이(가) 큐에 없습니다.',
  copyLink: '링크 복사',
  linkCopied: '링크를 복사했습니다',
  linkCopyFailed: '복사하지 못했습니다: {{link}}',
  teams: {
    landingView: '상담원 시작 화면',
    assignOnReply: '미배정 티켓에 답장하면 답장한 상담원에게 배정',
  },
  waitingToSend: '전송 대기 중',
  partlyLoaded: '일부만 불러왔습니다. 다시 연결되면 전체 대화를 볼 수 있습니다.',
  displayNames: {
    heading: '답장에 표시할 이름',
    hint: '고객은 자신의 언어로 된 요청에서 이 이름을 봅니다. 비워 두면 계정 이름을 사용합니다.',
    language: { en: '영어', ko: '한국어', zh: '중국어' },
  },
};

/** Chinese strings (keys mirror agentDayEn). */
export const agentDayZh: typeof agentDayEn = {
  views: { next: '我的工作', sla_breached: '已超时', sla_at_risk: '即将超时' },
  nextTicket: '下一个工单',
  nextTicketHint: '打开此视图中的下一个工单 (N)',
  nothingNext: '此视图中没有其他工单。',
  ticketNotFound: '队列中没有工单 #{{number}}。',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  linkCopyFailed: '无法复制：{{link}}',
  teams: {
    landingView: '客服登录后进入',
    assignOnReply: '回复未分配的工单时，将其分配给回复者',
  },
  waitingToSend: '等待发送',
  partlyLoaded: '仅加载了部分内容：重新连接后可查看完整对话。',
  displayNames: {
    heading: '回复中显示的名字',
    hint: '客户会在其语言的请求中看到此名字。留空则使用账户名。',
    language: { en: '英语', ko: '韩语', zh: '中文' },
  },
};
