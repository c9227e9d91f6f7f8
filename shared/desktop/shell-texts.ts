import type { SupportedLanguage } from '../domain/vocabulary';

/**
 * The texts the desktop shell's main process shows itself: the tray menu and tooltip, and the native
 * dialogs (open a link, restart for an update). They follow the console's language, which the console
 * reports over IPC (`app:set-language`); the standard menu items (Edit, View, Window…) are labelled by the
 * operating system from their roles. Pure data, so the main process and its tests share one copy.
 */
export interface ShellTexts {
  appName: string;
  openWindow: string;
  pauseAssignments: string;
  restartToUpdate: (version: string) => string;
  quit: string;
  /** Tray tooltip part: how many tickets need a reply (count ≥ 1). */
  ticketsNeedReply: (count: number) => string;
  assignmentsPaused: string;
  /** The question before a link to another site opens in the browser. */
  openLinkQuestion: (host: string) => string;
  openInBrowser: string;
  cancel: string;
  updateReady: (version: string) => string;
  updateDetail: string;
  restartNow: string;
  later: string;
}

const english: ShellTexts = {
  appName: 'Support Console',
  openWindow: 'Open Support Console',
  pauseAssignments: 'Pause assignments',
  restartToUpdate: (version) => `Restart to update (${version})`,
  quit: 'Quit Support Console',
  ticketsNeedReply: (count) => `${count} ${count === 1 ? 'ticket needs' : 'tickets need'} a reply`,
  assignmentsPaused: 'assignments paused',
  openLinkQuestion: (host) => `Open a link to ${host}?`,
  openInBrowser: 'Open in browser',
  cancel: 'Cancel',
  updateReady: (version) => `Support Console ${version} is ready`,
  updateDetail: 'Restart now to update, or later: the update installs when you quit the app.',
  restartNow: 'Restart now',
  later: 'Later',
};

const korean: ShellTexts = {
  appName: 'Support Console',
  openWindow: 'Support Console 열기',
  pauseAssignments: '배정 일시 중지',
  restartToUpdate: (version) => `재시작하여 업데이트 (${version})`,
  quit: 'Support Console 종료',
  ticketsNeedReply: (count) => `답변이 필요한 티켓 ${count}건`,
  assignmentsPaused: '배정 일시 중지됨',
  openLinkQuestion: (host) => `${host} 링크를 여시겠습니까?`,
  openInBrowser: '브라우저에서 열기',
  cancel: '취소',
  updateReady: (version) => `Support Console ${version} 버전이 준비되었습니다`,
  updateDetail: '지금 재시작하여 업데이트하거나 나중에 하세요. 앱을 종료하면 업데이트가 설치됩니다.',
  restartNow: '지금 재시작',
  later: '나중에',
};

const chinese: ShellTexts = {
  appName: 'Support Console',
  openWindow: '打开 Support Console',
  pauseAssignments: '暂停分配',
  restartToUpdate: (version) => `重启以更新（${version}）`,
  quit: '退出 Support Console',
  ticketsNeedReply: (count) => `${count} 个工单待回复`,
  assignmentsPaused: '已暂停分配',
  openLinkQuestion: (host) => `要打开指向 ${host} 的链接吗？`,
  openInBrowser: '在浏览器中打开',
  cancel: '取消',
  updateReady: (version) => `Support Console ${version} 已就绪`,
  updateDetail: '立即重启以更新，或稍后再说：退出应用时会安装更新。',
  restartNow: '立即重启',
  later: '稍后',
};

const byLanguage: Record<SupportedLanguage, ShellTexts> = { en: english, ko: korean, zh: chinese };

/** The shell's texts in a console language. */
export function shellTexts(language: SupportedLanguage): ShellTexts {
  return byLanguage[language];
}
