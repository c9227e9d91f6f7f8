import type { HelpResource } from './en';

/** 고객센터 문자열 (한국어). */
export const ko: HelpResource = {
  app: {
    title: '고객센터',
    language: '언어',
    home: '고객센터',
    newTicket: '문의하기',
    loading: '불러오는 중…',
    failed: '문제가 발생했습니다. 다시 시도해 주세요.',
  },
  home: {
    announcements: '공지사항',
    noAnnouncements: '현재 진행 중인 장애가 없습니다.',
    articles: '자주 묻는 질문',
    noArticles: '아직 등록된 글이 없습니다.',
    searchArticles: '자주 묻는 질문 검색',
    noMatch: '일치하는 글이 없습니다.',
    stillNeedHelp: '답을 찾지 못하셨나요?',
    before: '문의 전에 위의 공지사항과 자주 묻는 질문을 확인해 주세요. 같은 문제는 한 번만 문의해 주세요.',
  },
  incidentStatus: {
    investigating: '원인 파악 중',
    identified: '원인 확인됨',
    monitoring: '모니터링 중',
    resolved: '해결됨',
  },
  form: {
    title: '문의하기',
    email: '이메일',
    name: '이름 (선택)',
    category: '문의 유형',
    categoryPlaceholder: '유형을 선택하세요',
    categories: {
      account_security: '계정 보안 (로그인, 2단계 인증, 해킹)',
      trade_execution: '거래 및 주문',
      deposit_withdrawal: '입출금',
      api: 'API',
      kyc: '본인 인증 (KYC)',
      derivatives: '선물 및 파생상품',
      general: '기타',
    },
    subject: '제목',
    body: '어떤 문제가 있나요?',
    bodyHint: '실패한 정확한 단계, 오류 메시지, 이미 시도해 본 방법을 적어 주세요.',
    occurredAt: '언제 발생했나요?',
    device: '기기, OS, 앱 버전',
    devicePlaceholder: '예: iPhone 14, iOS 17.2, 앱 1.45.2',
    attachments: '스크린샷 또는 화면 녹화',
    submit: '문의 접수',
    submitting: '보내는 중…',
    secretsWarning:
      '비밀번호, 시드 문구(복구 단어), 개인키, 2단계 인증 코드, API 시크릿은 절대 적지 마세요. 고객센터는 이를 요청하지 않습니다.',
    missingTitle: '더 빨리 해결하려면 다음 정보도 알려 주세요:',
    whereToFind: '찾는 방법',
    announcementQuestion: '혹시 이 문제인가요: {{title}}?',
    answered: '네, 궁금한 점이 해결됐어요',
    deflected: '도움이 되어 다행입니다. 문의를 접수하지 않으셔도 됩니다. 진행 상황은 공지사항에 올라옵니다.',
    existingTicket: '이 문제로 이미 진행 중인 문의가 있습니다: #{{number}}.',
    addToExisting: '새로 접수하지 않고 #{{number}}에 추가하기',
    addedToExisting: '문의 #{{number}}에 추가했습니다. 그곳에서 답변드리겠습니다.',
    tooLarge: '파일이 너무 큽니다 (파일당 최대 10MB).',
    rateLimited: '요청이 너무 많습니다. 1분 후 다시 시도해 주세요.',
  },
  missing: {
    steps: {
      label: '진행한 단계',
      where: '무엇을 했는지 실패한 순간까지 순서대로 적어 주세요.',
    },
    error_message: {
      label: '오류 메시지 또는 코드',
      where: '화면에 나온 문구를 그대로 복사하거나 스크린샷을 찍어 주세요.',
    },
    attempted_solutions: {
      label: '이미 시도해 본 방법',
      where: '예: 앱 재시작, 캐시 삭제, 와이파이와 모바일 데이터 전환.',
    },
    transaction_id: {
      label: '트랜잭션 ID (TxID / 해시)',
      where:
        '지갑 앱에서 해당 거래의 상세 내역을 열고 “TxID” 또는 “해시”를 복사하세요. 블록 탐색기(예: Etherscan, XRPScan)에서 주소를 검색해 거래를 열어도 됩니다. 0x5c50…처럼 긴 코드이며, 지갑 주소가 아닙니다.',
    },
    asset: {
      label: '코인 종류',
      where: '보내셨거나 출금하시려는 코인 (예: USDT, BTC, XRP).',
    },
    network: {
      label: '네트워크 (체인)',
      where: '보낸 지갑이나 거래소에 표시된 그대로 (예: ERC20, TRC20, BEP20).',
    },
    amount: {
      label: '수량',
      where: '거래 내역에 표시된 코인 수량.',
    },
    address: {
      label: '받는 주소',
      where: '정확히 복사해 주세요. 입금이라면 입금 주소, 출금이라면 입력하신 주소입니다.',
    },
    memo: {
      label: '메모 / 태그',
      where: '전송할 때 입력한 메모나 데스티네이션 태그. 입력하지 않았다면 그렇게 적어 주세요.',
    },
    order_id: {
      label: '주문 번호',
      where: '앱에서 주문 → 주문 내역 → 해당 주문을 누르면 맨 위에 번호가 있습니다.',
    },
    account_id: {
      label: '계정 ID (UID)',
      where: '앱의 마이페이지 → 프로필에서 이름 아래에 있습니다.',
    },
    occurred_at: {
      label: '발생한 날짜와 시간',
      where: '가능한 정확하게 적어 주세요. 예: “3월 5일 14시 22분”.',
    },
    device: {
      label: '기기, OS, 앱 버전',
      where: '앱 버전은 앱의 설정 → 앱 정보에서 확인할 수 있습니다.',
    },
    attachment: {
      label: '스크린샷 또는 화면 녹화',
      where: '오류가 보이는 화면을 찍어 주세요.',
    },
    contact: {
      label: '다른 연락처',
      where: '이메일이 안전하지 않을 수 있으니 전화번호나 메신저 ID를 알려 주세요.',
    },
  },
  submitted: {
    title: '문의 #{{number}}이(가) 접수되었습니다',
    expectation:
      '24시간 이내에 답변드립니다. 같은 문의를 다시 접수하지 마시고, 문의 페이지에서 내용을 추가해 주세요.',
    neverShare:
      '고객센터는 비밀번호, 시드 문구, 개인키, 2단계 인증 코드, API 키를 절대 요청하지 않습니다. 누구에게도 알려 주지 마시고, 비슷하게 만든 피싱 사이트에 주의하세요.',
    incident:
      '현재 진행 중인 장애와 관련된 문의로 보입니다: {{title}}. 진행 상황을 문의에 업데이트해 드리겠습니다.',
    statusLink: '내 문의 보기',
    bookmark: '이 링크를 보관하세요. 비밀번호 없이 문의를 여는 링크이니 다른 사람과 공유하지 마세요.',
  },
  ticket: {
    title: '문의 #{{number}}',
    status: '상태',
    expected: '{{time}}까지 답변 예정',
    waitingForYou: '고객님의 답변을 기다리고 있습니다.',
    onHold: '외부(예: 블록체인 네트워크)의 처리를 기다리고 있습니다. 이곳에서 알려 드리겠습니다.',
    solvedNote: '해결되었습니다. 해결되지 않았다면 아래에 답장해 주세요.',
    closedNote: '종료된 문의입니다. 도움이 더 필요하시면 새로 문의해 주세요.',
    you: '나',
    support: '고객센터',
    reply: '답장',
    replyPlaceholder: '답장을 입력하세요…',
    send: '보내기',
    sending: '보내는 중…',
    attachments: '파일',
    download: '다운로드',
    notFound: '문의를 열 수 없는 링크입니다. 링크 전체를 복사했는지 확인해 주세요.',
    incident: '관련 공지: {{title}}',
  },
  ticketStatus: {
    new: '접수됨',
    open: '처리 중',
    awaiting_customer: '답변 대기',
    on_hold: '보류',
    solved: '해결됨',
    closed: '종료됨',
  },
};
