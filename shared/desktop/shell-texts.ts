import type { SupportedLanguage } from '../domain/vocabulary';

/**
 * The texts the desktop shell's main process shows itself: the tray menu and tooltip, and the native
 * dialogs (open a link, restart for an update). They follow the console's language, which the console
 * reports over IPC (`app:set-language`). The application menu's standard items (Edit, View, Window…) keep
 * their roles, so the OS still does what each one does, but take their labels from here: left to the OS they
 * would follow the system's language, not the console's. Pure data, so the main process and its tests share
 * one copy.
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
  /** The application menu's labels, by the role of the item they name. */
  menu: MenuLabels;
}

/** The roles of the application menu's items, each with its label in one language. */
export interface MenuLabels {
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
  quit: string;
  close: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  pasteAndMatchStyle: string;
  delete: string;
  selectAll: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  togglefullscreen: string;
  minimize: string;
  zoom: string;
  front: string;
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
  menu: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Support Console',
    services: 'Services',
    hide: 'Hide Support Console',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Support Console',
    close: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    togglefullscreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
  },
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
  menu: {
    file: '파일',
    edit: '편집',
    view: '보기',
    window: '윈도우',
    help: '도움말',
    about: 'Support Console에 관하여',
    services: '서비스',
    hide: 'Support Console 가리기',
    hideOthers: '기타 가리기',
    unhide: '모두 보기',
    quit: 'Support Console 종료',
    close: '윈도우 닫기',
    undo: '실행 취소',
    redo: '실행 복귀',
    cut: '잘라내기',
    copy: '복사하기',
    paste: '붙여넣기',
    pasteAndMatchStyle: '붙여넣기 및 스타일 일치시키기',
    delete: '삭제',
    selectAll: '모두 선택',
    reload: '새로 고침',
    toggleDevTools: '개발자 도구 켜기/끄기',
    resetZoom: '실제 크기',
    zoomIn: '확대',
    zoomOut: '축소',
    togglefullscreen: '전체 화면 켜기/끄기',
    minimize: '최소화',
    zoom: '확대/축소',
    front: '모두 앞으로 가져오기',
  },
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
  menu: {
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    about: '关于 Support Console',
    services: '服务',
    hide: '隐藏 Support Console',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    quit: '退出 Support Console',
    close: '关闭窗口',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '拷贝',
    paste: '粘贴',
    pasteAndMatchStyle: '粘贴并匹配样式',
    delete: '删除',
    selectAll: '全选',
    reload: '重新加载',
    toggleDevTools: '切换开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    togglefullscreen: '切换全屏',
    minimize: '最小化',
    zoom: '缩放',
    front: '前置全部窗口',
  },
};

const byLanguage: Record<SupportedLanguage, ShellTexts> = { en: english, ko: korean, zh: chinese };

/** The shell's texts in a console language. */
export function shellTexts(language: SupportedLanguage): ShellTexts {
  return byLanguage[language];
}
