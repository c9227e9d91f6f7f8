import type { SupportedLanguage } from '../domain/vocabulary';
import { checklistKeys, type ChecklistKey } from './items';

/** What the "ask for missing info" reply needs: the missing items and who writes to whom, in which language. */
export interface MissingInfoRequestInput {
  missing: readonly ChecklistKey[];
  language: SupportedLanguage;
  customerName: string | null;
  agentName: string;
  ticketNumber: number;
}

interface RequestWording {
  greeting: (name: string | null) => string;
  opening: (ticketNumber: number) => string;
  /** One bullet per item: what we need, then where the customer finds it. */
  items: Record<ChecklistKey, string>;
  closing: string;
  signature: (agentName: string) => string;
}

const wordings: Record<SupportedLanguage, RequestWording> = {
  en: {
    greeting: (name) => (name === null ? 'Hello,' : `Hello ${name},`),
    opening: (ticketNumber) =>
      `Thank you for contacting us about request #${ticketNumber}. So that we can look into it without delay, could you please send us the following:`,
    items: {
      steps: 'The steps you took, in order: what you tapped or clicked before the problem appeared.',
      error_message:
        'The error message: the exact text shown on screen (or a screenshot of it), including any error code.',
      attempted_solutions:
        'What you have already tried, for example logging out and in again, restarting or reinstalling the app.',
      transaction_id:
        'The transaction ID (TxID / tx hash): open the withdrawal or deposit history in the app or on the website and tap the transaction for its details, or look it up in the sending wallet. A block explorer link works too.',
      asset: 'The coin or token you sent or want to withdraw (for example USDT, BTC, XRP).',
      network:
        'The network (chain) you used, exactly as the sending wallet or exchange showed it (for example ERC20, TRC20, BEP20).',
      amount: 'The amount you sent, as shown in the transaction, in that coin.',
      address:
        'The receiving address, copied exactly (for a deposit: the deposit address shown in your account; for a withdrawal: the address you entered).',
      memo: 'The memo or tag (destination tag) entered with the transfer, or tell us if none was entered.',
      order_id:
        'The order number: you can find it under Orders > Order history, in the details of the order.',
      account_id:
        'Your account UID: it is shown on My Page in the app or on the website. Please never send us your password or OTP codes.',
      occurred_at:
        'When it happened: the date, the time and your time zone (for example 5 March, 14:20 KST).',
      device:
        'Your device: the phone or computer model, the operating system version and the app version (Settings > About), or the browser you used.',
      attachment: 'A screenshot of the screen where the problem appears.',
      contact: 'A phone number or an alternative e-mail address where we can reach you.',
    },
    closing: 'Once we have these details, we will continue right away. Thank you for your patience.',
    signature: (agentName) => `Kind regards,\n${agentName}\nCustomer Support`,
  },
  ko: {
    greeting: (name) => (name === null ? '안녕하세요, 고객님.' : `안녕하세요, ${name} 고객님.`),
    opening: (ticketNumber) =>
      `문의(#${ticketNumber}) 주셔서 감사합니다. 빠른 확인을 위해 아래 정보를 추가로 보내주시면 감사하겠습니다.`,
    items: {
      steps: '진행 순서: 문제가 생기기 전까지 어떤 화면에서 무엇을 누르셨는지 순서대로 알려주세요.',
      error_message:
        '오류 메시지: 화면에 표시된 문구 그대로(오류 코드 포함) 또는 해당 화면의 캡처를 보내주세요.',
      attempted_solutions:
        '이미 시도해 보신 방법: 예를 들어 재로그인, 앱 재시작이나 재설치 등을 해보셨는지 알려주세요.',
      transaction_id:
        'TXID(트랜잭션 해시): 앱 또는 웹의 입출금 내역에서 해당 건을 눌러 상세 정보에서 확인하시거나, 보내신 지갑에서 확인하실 수 있습니다. 블록 익스플로러 링크를 보내주셔도 됩니다.',
      asset: '코인 종류: 보내셨거나 출금하시려는 코인을 알려주세요. (예: USDT, BTC, XRP)',
      network:
        '네트워크: 보내신 지갑이나 거래소에 표시된 네트워크(체인)를 그대로 알려주세요. (예: ERC20, TRC20, BEP20)',
      amount: '수량: 거래 내역에 표시된 코인 수량을 알려주세요.',
      address:
        '주소: 받는 주소를 정확히 복사해서 보내주세요. (입금이라면 계정의 입금 주소, 출금이라면 입력하신 주소)',
      memo: '메모/태그(데스티네이션 태그): 전송할 때 입력하신 값을 알려주세요. 입력하지 않으셨다면 그렇게 알려주세요.',
      order_id: '주문번호: 주문 > 주문 내역에서 해당 주문의 상세 정보를 누르시면 확인하실 수 있습니다.',
      account_id:
        '회원 UID: 앱 또는 웹의 마이페이지에서 확인하실 수 있습니다. 비밀번호나 OTP 번호는 절대 보내지 마세요.',
      occurred_at: '발생 일시: 날짜와 시간, 시간대를 알려주세요. (예: 3월 5일 오후 2시 20분, 한국 시간)',
      device:
        '사용 기기: 휴대폰 또는 PC 모델명, OS 버전, 앱 버전(설정 > 앱 정보)을 알려주세요. PC라면 사용하신 브라우저도 알려주세요.',
      attachment: '화면 캡처: 문제가 나타나는 화면을 캡처해서 첨부해 주세요.',
      contact: '연락처: 연락 가능한 전화번호나 다른 이메일 주소를 알려주세요.',
    },
    closing: '정보를 보내주시는 대로 바로 확인해 드리겠습니다. 이용에 불편을 드려 죄송합니다.',
    signature: (agentName) => `감사합니다.\n고객센터 ${agentName} 드림`,
  },
  zh: {
    greeting: (name) => (name === null ? '您好，' : `${name}，您好：`),
    opening: (ticketNumber) =>
      `感谢您就工单 #${ticketNumber} 联系我们。为了尽快为您处理，麻烦您补充以下信息：`,
    items: {
      steps: '操作步骤：出现问题之前您依次点击了哪些按钮、进入了哪些页面。',
      error_message: '错误提示：屏幕上显示的完整提示文字（包括错误码），或该页面的截图。',
      attempted_solutions: '您已尝试过的方法：例如重新登录、重启或重新安装 App 等。',
      transaction_id:
        '交易哈希（TxID）：可在 App 或网页的充提记录中点击该笔记录查看详情，也可在转出钱包中查看；提供区块浏览器链接也可以。',
      asset: '币种：您转入或要提取的币种（例如 USDT、BTC、XRP）。',
      network: '网络（链）：请按转出钱包或交易所显示的名称告知（例如 ERC20、TRC20、BEP20）。',
      amount: '数量：交易记录中显示的币的数量。',
      address: '地址：请完整复制收款地址（充值请提供账户中的充值地址，提币请提供您填写的地址）。',
      memo: '备注/标签（Memo/Tag）：转账时填写的内容；如未填写，也请告知。',
      order_id: '订单号：可在“订单 > 历史订单”中点击该订单查看详情。',
      account_id: '账户 UID：可在 App 或网页的“个人中心”查看。请勿向我们发送密码或验证码。',
      occurred_at: '发生时间：具体日期、时间及时区（例如 3月5日 下午2:20，北京时间）。',
      device: '设备信息：手机或电脑型号、系统版本，以及 App 版本（设置 > 关于）；如使用电脑，请告知浏览器。',
      attachment: '截图：请附上出现问题的页面截图。',
      contact: '联系方式：可以联系到您的手机号码或备用邮箱。',
    },
    closing: '收到您的信息后，我们会第一时间继续处理。感谢您的耐心与配合！',
    signature: (agentName) => `祝好！\n客服 ${agentName}`,
  },
};

/**
 * A polite request for exactly the `missing` items, in the customer's language, each with a hint on where
 * to find it, for the agent to edit and send. Items come in checklist order whatever order `missing` has,
 * so the request reads the same as the checklist panel. An empty `missing` is a programming error: there is
 * nothing to ask for.
 */
export function composeMissingInfoRequest(input: MissingInfoRequestInput): string {
  if (input.missing.length === 0) {
    throw new Error('composeMissingInfoRequest needs at least one missing item');
  }
  const wording = wordings[input.language];
  const wanted = new Set(input.missing);
  const name = input.customerName?.trim() ? input.customerName.trim() : null;
  const bullets = checklistKeys.filter((key) => wanted.has(key)).map((key) => `- ${wording.items[key]}`);
  return [
    wording.greeting(name),
    '',
    wording.opening(input.ticketNumber),
    '',
    ...bullets,
    '',
    wording.closing,
    '',
    wording.signature(input.agentName),
  ].join('\n');
}

/** The hint line of one item in one language (for tests and for the checklist panel's tooltips). */
export function missingInfoHint(key: ChecklistKey, language: SupportedLanguage): string {
  return wordings[language].items[key];
}
