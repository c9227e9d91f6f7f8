import { firstOfPatterns, type Finding } from './finding';

/**
 * Device, operating system, browser and app version. Phone and computer models (`iPhone 14`, `Galaxy S23`,
 * `Pixel 7`, `华为Mate 60`, `갤럭시`, `맥북`), systems (`iOS 17.2`, `Android 14`, `안드로이드`, `安卓13`,
 * `Windows 11`, `macOS`, `Ubuntu 22.04`), browsers (`chrome`, `safari`, `크롬`; `Edge` capitalised) and
 * app versions with app context (`app version 3.2.1`, `앱 버전 4.12.0`, `更新到 5.3.1 版本`, `v2.8.0`,
 * `version 10.30`). A bare number next to 버전/版本 (`3.5 버전은 언제 나오나요`) or a programming
 * language version (`Python 3.10`) is not the customer's device.
 */
const models = [
  /\bi(?:Phone|Pad)(?:\s*(?:\d{1,2}|SE|X[RS]?)\b)?(?:\s*(?:Pro|Max|Plus|mini|Air))*/gi,
  /\b(?:Samsung\s+)?Galaxy(?:\s+(?:[A-Z]\s*)?(?:\d{1,2}|Flip\s*\d|Fold\s*\d|Note\s*\d+)\w*)?/gi,
  /\b(?:Pixel|Redmi|Xiaomi|OnePlus|OPPO|vivo|Huawei|Honor|Nokia|Motorola)(?:\s*[A-Z]?\w*\s*\d+\w*)?/g,
  /\bMac(?:Book(?:\s*(?:Pro|Air))?)?\b|\biMac\b/g,
  /(?:아이폰|아이패드|갤럭시|맥북|아이맥|픽셀|샤오미)(?:\s*(?:[A-Za-z]\s*)?\d{1,2}\w*)?(?:\s*(?:프로|맥스|플러스|울트라|플립\s*\d?|폴드\s*\d?))*/g,
  /(?:华为|小米|红米|荣耀|苹果手机|一加|三星)\s*(?:Mate|P|Nova|Note|Galaxy)?\s*\d*\w*/g,
];
const systems = [
  /\biOS\s*\d+(?:\.\d+)*|\biPadOS\b/g,
  /\bAndroid(?:\s*\d+(?:\.\d+)?)?/gi,
  /\bWindows(?:\s*(?:\d+|XP))?|\bmacOS(?:\s*\d+(?:\.\d+)?)?|\bMac\s*OS(?:\s*X)?|\bUbuntu(?:\s*\d+\.\d+)?|\bLinux\b|\bHarmonyOS\b|\bChromeOS\b/gi,
  /(?:안드로이드|윈도우|윈도|맥OS|리눅스)(?:\s*\d+)?|(?:安卓|鸿蒙|苹果系统)(?:\s*\d+)?/g,
];
const browsers = [
  /\b(?:Opera|Brave|Whale)\b|\bEdge\b|\bMicrosoft Edge\b/g,
  // Names no other word has also count in lower case ("tried chrome and safari").
  /\b(?:chrome|safari|firefox|samsung internet)\b/gi,
  /(?:크롬|사파리|파이어폭스|엣지|웨일|오페라)|(?:谷歌|火狐|QQ|UC|360)浏览器/g,
];
const appVersions = [
  /\b(?:app|application)\s*(?:\(?\s*v(?:ersion)?\s*)?\d+\.\d+(?:\.\d+)*\)?/gi,
  /\b(?:app|application)\s*version\s*v?\d+\.\d+(?:\.\d+)*/gi,
  /\b(?:updated?|updating|upgraded?)\s+(?:it\s+|the app\s+)?to\s+(?:version\s+)?v?\d+\.\d+(?:\.\d+)*/gi,
  /\bversion\s+v?\d+\.\d+(?:\.\d+)*/gi,
  /(?<![\w.])v\d+\.\d+\.\d+\b/gi,
  /\b\d+\.\d+\.\d+\s+version\s+of\s+the\s+app/gi,
  /(?:앱|어플)\s*(?:버전)?\s*v?\d+\.\d+(?:\.\d+)*/g,
  /(?:app|APP|App|应用|客户端)\s*(?:版本)?\s*(?:更新|升级)?(?:到|至)?\s*v?\d+\.\d+(?:\.\d+)*/g,
  /(?:更新|升级)(?:到|至)\s*v?\d+\.\d+(?:\.\d+)*\s*版本?/g,
  /(?:업데이트|업그레이드)(?:\s*한|\s*된)?\s*v?\d+\.\d+(?:\.\d+)*\s*버전/g,
];
const allPatterns = [...models, ...systems, ...browsers, ...appVersions];

/** The first device, system, browser or app version named in `text`, or null. */
export function findDevice(text: string): Finding | null {
  return firstOfPatterns(text, allPatterns);
}
