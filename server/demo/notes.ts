import type { DefaultCategory } from '../../shared/domain/vocabulary';

/** Internal notes in the two languages the team writes them in. */
export interface NoteBank {
  en: readonly string[];
  ko: readonly string[];
}

/** What agents note while investigating, per category. May hold `{slot}` placeholders. */
export const investigationNotes: Readonly<Record<DefaultCategory, NoteBank>> = {
  deposit_withdrawal: {
    en: [
      'Checked the explorer: tx confirmed, destination matches the deposit address on file. Asked wallet ops to rescan {network} deposits.',
      'Withdrawal held by FDS (high anomaly score). Sent to compliance for review.',
      'Wallet ops ticket WAL-{ticketReference} opened.',
    ],
    ko: [
      '{coin} 노드 동기화 지연 건으로 보임. 지갑팀에 수동 반영 요청함.',
      '트래블룰 수신 VASP 미연동 건. 안내 후 종결 예정.',
      '입금 주소 일치 확인. 컨펌 수 충족, 스윕 대기 중.',
    ],
  },
  account_security: {
    en: [
      'Froze withdrawals on the account as a precaution. Security team notified.',
      'Identity verified via video call; OTP reset approved.',
      'Customer confirmed they entered credentials on a phishing domain. Reported the domain to the abuse desk.',
    ],
    ko: [
      '로그인 이력 확인 결과 해외 IP 접속 있음. 보안팀 에스컬레이션.',
      '계정 출금 잠금 처리 완료. 본인 확인 후 해제 예정.',
      '피싱 도메인 KISA 신고 완료.',
    ],
  },
  trade_execution: {
    en: [
      'Matching engine log shows the cancel request arrived after the fill.',
      'Stuck order was a stale app cache; the order book admin shows it cancelled.',
    ],
    ko: [
      '주문 로그 확인: 부분 체결 후 잔량 정상 취소됨.',
      '체결 로그상 시스템 이상 없음. 시장가 슬리피지 안내 예정.',
    ],
  },
  api: {
    en: [
      'Request logs show a reused nonce; pointed the customer to the docs.',
      'Rate-limit hits from 3 IPs on the same account, ~40 req/s.',
    ],
    ko: ['API 키 IP 허용 목록 미등록 건. 안내함.', '키 만료(1년) 확인. 재발급 안내.'],
  },
  kyc: {
    en: [
      'ID image has glare over the photo area. Requested a re-upload.',
      'Name on the bank account differs from the ID (romanization order). Sent to compliance.',
    ],
    ko: ['KYC 외부 심사기관 대기 중 (평균 2영업일).', '신분증 진위 확인 완료, 승인 처리.'],
  },
  derivatives: {
    en: [
      'Checked the mark price at liquidation time: liquidation correct per mark price, not last price.',
      'Funding applied at the scheduled settlement; no anomaly.',
    ],
    ko: ['청산 당시 마크 가격 기준으로 정상 청산 확인.', '주문 지연 구간 로그 확보, 손실 보상 검토 요청함.'],
  },
  general: {
    en: [
      'Known crash on app 1.46.0 for some Android devices, fix shipped in 1.46.1.',
      'Sent the statement from the back office.',
    ],
    ko: ['이벤트팀 확인 결과 리워드는 다음 주 일괄 지급 예정.', '점검 일정 공지 링크 안내함.'],
  },
};

/** Notes that explain why a ticket is on hold. */
export const holdNotes: NoteBank = {
  en: [
    'Waiting on the wallet team.',
    'On hold until the network upgrade finishes.',
    'Escalated to L2, waiting for their reply.',
  ],
  ko: ['외부 기관 회신 대기 중.', '지갑팀 확인 대기.', '보안팀 조사 결과 대기 중.'],
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

/** Notes a team lead leaves on escalated or VIP tickets. */
export const leadNotes: NoteBank = {
  en: [
    'Approved, go ahead.',
    'VIP customer, please keep them updated daily.',
    'Looks right to me. Reply and keep an eye on it.',
  ],
  ko: [
    '확인했습니다. 진행해 주세요.',
    'VIP 고객이니 진행 상황 매일 공유 부탁드려요.',
    '유관 부서 회신 오면 바로 공유해 주세요.',
  ],
};
