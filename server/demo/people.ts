import type { SupportedLanguage } from '../../shared/domain/vocabulary';
import type { SeededRandom } from './random';

/** A demo customer: who files the tickets. */
export interface DemoCustomer {
  email: string;
  name: string;
  /** How agents greet the customer: the full name in Korean and Chinese, the first name in English. */
  greetingName: string;
  language: SupportedLanguage;
  isVip: boolean;
}

type NamePart = readonly [native: string, romanized: string];

/** Reads "김:kim 이:lee" into name parts. */
function nameParts(text: string): readonly NamePart[] {
  return text
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [native = '', romanized = ''] = pair.split(':');
      return [native, romanized] as const;
    });
}

const koreanSurnames =
  nameParts(`김:kim 이:lee 박:park 최:choi 정:jung 강:kang 조:cho 윤:yoon 장:jang 임:lim 한:han
  오:oh 서:seo 신:shin 권:kwon 황:hwang 안:ahn 송:song 류:ryu 홍:hong`);
const koreanGivenNames =
  nameParts(`민수:minsu 지훈:jihoon 서연:seoyeon 지우:jiwoo 현우:hyunwoo 수빈:subin 예은:yeeun
  도윤:doyoon 하은:haeun 준호:junho 은지:eunji 성민:sungmin 유진:yujin 동현:donghyun 지민:jimin 재원:jaewon
  혜진:hyejin 승현:seunghyun 민재:minjae 소연:soyeon 태호:taeho 다은:daeun 영수:youngsoo 미경:mikyung
  상철:sangchul 정훈:junghoon 나연:nayeon 우진:woojin 서준:seojun 하늘:haneul`);
const chineseSurnames =
  nameParts(`王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu
  孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 林:lin 罗:luo 高:gao`);
const chineseGivenNames =
  nameParts(`磊:lei 伟:wei 芳:fang 娜:na 敏:min 静:jing 强:qiang 洋:yang 勇:yong 杰:jie 涛:tao
  明:ming 超:chao 秀英:xiuying 晓东:xiaodong 建华:jianhua 丽娟:lijuan 婷婷:tingting 浩然:haoran 子涵:zihan
  梓轩:zixuan 欣怡:xinyi 宇航:yuhang 思远:siyuan 佳琪:jiaqi`);
const englishFirstNames =
  `James Emily Daniel Sarah Michael Olivia David Jessica Ryan Sophie Kevin Laura Chris Hannah
  Mohammed Priya Lucas Anna Tom Nina Ethan Grace Marcus Chloe Arjun Elena Jonas Fatima Liam Mia`.split(/\s+/);
const englishLastNames =
  `Smith Johnson Brown Taylor Wilson Nguyen Patel Garcia Anderson Thomas Martin Clarke Walker
  Hughes Kowalski Rossi Schmidt Silva Khan Tan Reyes Murphy Evans Fischer Park Cohen`.split(/\s+/);
const handles = ['coinlover', 'hodler', 'moonwalker', 'satoshi.fan', 'trader', 'cryptokid', 'altseason'];

const domains: Readonly<Record<SupportedLanguage, readonly string[]>> = {
  ko: ['example.kr', 'example.kr', 'example.com', 'example.net'],
  zh: ['example.cn', 'example.cn', 'example.com'],
  en: ['example.com', 'example.com', 'example.org', 'example.net'],
};

function localPart(random: SeededRandom, given: string, family: string): string {
  const variant = random.integer(0, 5);
  switch (variant) {
    case 0:
      return `${given}.${family}`;
    case 1:
      return `${family}${given}${random.integer(70, 99)}`;
    case 2:
      return `${given.charAt(0)}${family}${random.digits(4)}`;
    case 3:
      return `${given}_${random.integer(1, 999)}`;
    case 4:
      return `${random.pick(handles)}${random.integer(1, 9999)}`;
    default:
      return `${family}.${given}`;
  }
}

/**
 * Makes customers with names and addresses typical for their language, each address used once
 * (`takenEmails` collects them). Addresses are on example domains only.
 */
export function createCustomer(
  random: SeededRandom,
  language: SupportedLanguage,
  takenEmails: Set<string>,
): DemoCustomer {
  let name: string;
  let greetingName: string;
  let given: string;
  let family: string;
  if (language === 'ko') {
    const [surname, surnameRoman] = random.pick(koreanSurnames);
    const [givenName, givenRoman] = random.pick(koreanGivenNames);
    name = surname + givenName;
    greetingName = name;
    given = givenRoman;
    family = surnameRoman;
  } else if (language === 'zh') {
    const [surname, surnameRoman] = random.pick(chineseSurnames);
    const [givenName, givenRoman] = random.pick(chineseGivenNames);
    name = surname + givenName;
    greetingName = name;
    given = givenRoman;
    family = surnameRoman;
  } else {
    const first = random.pick(englishFirstNames);
    const last = random.pick(englishLastNames);
    name = `${first} ${last}`;
    greetingName = first;
    given = first.toLowerCase();
    family = last.toLowerCase();
  }
  const domain = random.pick(domains[language]);
  let email = `${localPart(random, given, family)}@${domain}`;
  while (takenEmails.has(email)) {
    email = `${localPart(random, given, family)}${random.integer(1, 99)}@${domain}`;
  }
  takenEmails.add(email);
  return { email, name, greetingName, language, isVip: random.chance(0.05) };
}
