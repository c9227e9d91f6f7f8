import type { DefaultCategory } from '../../shared/domain/vocabulary';
import type { ProblemKey } from './problems';

/** Internal notes in the two languages the team writes them in. May hold `{slot}` placeholders. */
export interface NoteBank {
  en: readonly string[];
  ko: readonly string[];
}

/** What agents note while looking into any ticket of a category. */
export const categoryNotes: Readonly<Record<DefaultCategory, NoteBank>> = {
  deposit_withdrawal: {
    en: [
      'Checked the wallet records for this customer; escalated to wallet ops.',
      'Wallet ops ticket WAL-{ticketReference} opened.',
    ],
    ko: ['지갑팀에 확인 요청함 (WAL-{ticketReference}).', '입출금 내역 확인 완료. 지갑팀 회신 대기.'],
  },
  account_security: {
    en: ['Checked login history and active sessions.', 'Security team notified (SEC-{ticketReference}).'],
    ko: ['로그인 이력 및 세션 확인함.', '보안팀 공유 완료.'],
  },
  trade_execution: {
    en: ['Pulled the order log from the matching engine.'],
    ko: ['주문 로그 확인 요청함.', '체결 로그 확인 중.'],
  },
  api: { en: ['Checked the API request logs for this account.'], ko: ['API 요청 로그 확인함.'] },
  kyc: { en: ['Checked the KYC case in the vendor console.'], ko: ['KYC 심사 이력 확인함.'] },
  derivatives: {
    en: ['Pulled the futures order and position history.'],
    ko: ['선물 주문/포지션 이력 확인함.'],
  },
  general: { en: ['Checked with the responsible team.'], ko: ['담당 부서에 확인 요청함.'] },
};

/** What agents note about a particular problem, when they have found out what it is. */
export const problemNotes: Readonly<Partial<Record<ProblemKey, Partial<NoteBank>>>> = {
  'deposit-not-credited': {
    en: [
      'Checked the explorer: tx confirmed, destination matches the deposit address on file. Asked wallet ops to rescan {network} deposits.',
    ],
    ko: [
      '{coin} 노드 동기화 지연 건으로 보임. 지갑팀에 수동 반영 요청함.',
      '입금 주소 일치 확인. 컨펌 수 충족, 스윕 대기 중.',
    ],
  },
  'withdrawal-pending': {
    en: ['Withdrawal held by FDS (high anomaly score). Sent to compliance for review.'],
    ko: ['{network} 출금 큐 지연. 지갑팀 확인 중.'],
  },
  'withdrawal-not-arrived': {
    en: ['Tx confirmed on chain; the receiving side has to credit it.'],
    ko: ['온체인 전송 완료 확인. 수신처 문제로 보임.'],
  },
  'wrong-network': {
    en: ['Wrong-network deposit on {wrongNetwork}; recoverable, queued with wallet ops.'],
    ko: ['오입금 복구 가능 건. 지갑팀 복구 큐에 등록.'],
  },
  'missing-memo': {
    en: ['Deposit without {memoLabel} found in the omnibus wallet; matches this customer.'],
    ko: ['{memoLabel} 누락 입금 확인, 본인 입금 맞음. 수동 반영 요청.'],
  },
  'travel-rule-address': {
    en: ['Receiving VASP is not connected to our travel rule network.'],
    ko: ['트래블룰 수신 VASP 미연동 건. 안내 후 종결 예정.'],
  },
  'account-hacked': {
    en: ['Froze withdrawals on the account as a precaution. Security team notified.'],
    ko: ['계정 출금 잠금 처리 완료. 본인 확인 후 해제 예정.'],
  },
  'unknown-login-alert': { ko: ['로그인 이력 확인 결과 해외 IP 접속 있음. 보안팀 에스컬레이션.'] },
  'otp-lost': { en: ['Identity verified via video call; OTP reset approved.'] },
  'phishing-site': {
    en: ['Customer entered credentials on a phishing domain. Reported the domain to the abuse desk.'],
    ko: ['피싱 도메인 KISA 신고 완료.'],
  },
  'order-wont-cancel': {
    en: [
      'Matching engine log shows the cancel request arrived after the fill.',
      'Stuck order was a stale app cache; the order book admin shows it cancelled.',
    ],
  },
  'partial-fill': { ko: ['주문 로그 확인: 부분 체결 후 잔량은 정상적으로 미체결 상태.'] },
  'unexpected-fill-price': { ko: ['체결 로그상 시스템 이상 없음. 시장가 슬리피지 안내 예정.'] },
  'api-unauthorized': {
    en: ['Request logs show a reused nonce; pointed the customer to the docs.'],
    ko: ['키 만료(1년) 확인. 재발급 안내.'],
  },
  'api-rate-limit': { en: ['Rate-limit hits from 3 IPs on the same account, ~40 req/s.'] },
  'api-ip-allowlist': { ko: ['API 키 IP 허용 목록 미등록 건. 안내함.'] },
  'kyc-rejected': {
    en: ['ID image has glare over the photo area. Requested a re-upload.'],
    ko: ['신분증 진위 확인 완료, 승인 처리.'],
  },
  'kyc-pending': { ko: ['KYC 외부 심사기관 대기 중 (평균 2영업일).'] },
  'kyc-bank-mismatch': {
    en: ['Name on the bank account differs from the ID (romanization order). Sent to compliance.'],
  },
  'liquidation-dispute': {
    en: ['Checked the mark price at liquidation time: liquidation correct per mark price, not last price.'],
    ko: ['청산 당시 마크 가격 기준으로 정상 청산 확인.'],
  },
  'funding-fee': { en: ['Funding applied at the scheduled settlement; no anomaly.'] },
  'position-close-error': { ko: ['주문 지연 구간 로그 확보, 손실 보상 검토 요청함.'] },
  'app-crash': { en: ['Known crash on app 1.46.0 for some Android devices, fix shipped in 1.46.1.'] },
  'event-reward': { ko: ['이벤트팀 확인 결과 리워드는 다음 주 일괄 지급 예정.'] },
  'transaction-history': { en: ['Sent the statement from the back office.'] },
  'maintenance-question': { ko: ['점검 일정 공지 링크 안내함.'] },
};

/** Notes that explain why a ticket is on hold. */
export const holdNotes: NoteBank = {
  en: ['Waiting on the responsible team.', 'Escalated to L2, waiting for their reply.'],
  ko: ['외부 기관 회신 대기 중.', '담당 부서 확인 대기.'],
};

/** Notes on a resubmission closed in favour of the customer's earlier ticket. */
export const duplicateNotes: NoteBank = {
  en: ['Same customer, same issue as their earlier ticket. Answered there; closing this one.'],
  ko: ['동일 고객 중복 접수 건. 기존 티켓에서 처리.'],
};

/** Notes after a customer pasted a recovery phrase or API secret into the ticket. */
export const secretNotes: NoteBank = {
  en: ['Customer pasted a secret (seed phrase / API secret) in the ticket. Advised them to rotate it.'],
  ko: ['고객이 시드 문구/API 시크릿을 본문에 붙여넣음. 즉시 교체 안내함.'],
};

/** Notes a team lead leaves on escalated tickets. */
export const leadNotes: NoteBank = {
  en: [
    'Saw this one. Keep me posted.',
    'Thanks for picking this up quickly; ping me if it needs escalation.',
  ],
  ko: ['확인했습니다. 진행 상황 공유 부탁드려요.', '에스컬레이션 필요하면 바로 알려주세요.'],
};

/** Notes a team lead leaves on a VIP customer's ticket. */
export const vipNotes: NoteBank = {
  en: ['VIP customer, please keep them updated daily.'],
  ko: ['VIP 고객이니 진행 상황 매일 공유 부탁드려요.'],
};
