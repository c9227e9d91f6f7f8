import type { LanguagePhrases } from './phrases';

/** What Korean customers and agents say around the problem itself. */
export const koreanPhrases: LanguagePhrases = {
  sentenceSeparator: ' ',
  customerGreetings: [
    '안녕하세요.',
    '안녕하세요, 문의드립니다.',
    '수고 많으십니다.',
    '안녕하세요 고객센터님',
    '급하게 문의드립니다.',
  ],
  customerClosings: [
    '확인 부탁드립니다.',
    '빠른 답변 부탁드립니다.',
    '감사합니다.',
    '답변 기다리겠습니다.',
    '확인 부탁드려요!',
    '처리 방법 알려주세요.',
  ],
  urgentClosings: [
    '너무 급합니다. 제발 빨리 확인해 주세요!!',
    '급한 건이라 최대한 빨리 연락 주세요.',
    '지금 당장 조치 부탁드립니다 ㅠㅠ',
  ],
  detailLines: {
    transaction: ['TXID: {txid}', '트랜잭션 해시: {txid}', 'TXID는 {txid} 입니다.', '거래 해시 {txid}'],
    address: ['주소: {address}', '받는 주소: {address}', '받는 주소는 {address} 입니다.'],
    order: ['주문번호: {orderNumber}', '주문 ID {orderUuid}', '주문 UUID: {orderUuid} ({market})'],
    time: ['발생 시간: {time}', '{time}에 처음 발생했습니다.', '발생 일시는 {time} 입니다.'],
    device: ['사용 기기: {device}', '{device}에서 사용 중입니다.', '기기 정보: {device}'],
    error: ['오류 메시지: {error}', '"{error}" 라는 문구가 뜹니다.', '에러 내용: {error}'],
    account: [
      '회원번호: {accountId}',
      '계정 UID {accountId}',
      '가입 이메일로 로그인하는 계정이고 회원번호는 {accountId}입니다.',
    ],
    ip: ['IP: {ip}', '접속 IP: {ip}'],
  },
  attempts: {
    deposit_withdrawal: [
      '앱 로그아웃했다가 다시 로그인해 봤는데 그대로입니다.',
      '앱 삭제 후 재설치까지 해봤습니다.',
      '하루 정도 기다려 봤는데도 변화가 없습니다.',
      'PC 웹에서도 확인해 봤는데 똑같습니다.',
    ],
    account_security: [
      '비밀번호 재설정을 시도했는데 인증 메일이 안 옵니다.',
      '일단 비밀번호는 바로 변경했습니다.',
      '앱 재설치하고 다시 로그인해 봤어요.',
      '휴대폰 시간 자동 설정도 켜봤는데 안 됩니다.',
    ],
    trade_execution: [
      '새로고침하고 앱도 껐다 켰는데 그대로예요.',
      'PC 웹에서도 해봤는데 똑같습니다.',
      '캐시 삭제도 해봤습니다.',
    ],
    api: [
      'API 키를 새로 발급받아서 해봤는데 똑같습니다.',
      '서버 시간 동기화(NTP)도 확인했습니다.',
      '공식 문서 예제 코드 그대로 돌려봤는데도 같은 오류가 납니다.',
      'IP 허용 목록도 다시 등록했어요.',
    ],
    kyc: [
      '신분증 사진을 밝은 곳에서 다시 찍어서 올렸습니다.',
      '세 번이나 다시 제출했는데 계속 반려됩니다.',
      '앱 최신 버전으로 업데이트하고 다시 해봤어요.',
    ],
    derivatives: [
      '앱 재시작하고 다시 시도했습니다.',
      'PC에서도 청산 내역을 확인해 봤습니다.',
      '포지션 화면 새로고침해도 그대로입니다.',
    ],
    general: [
      '앱 재설치했는데도 똑같습니다.',
      '와이파이랑 LTE 둘 다 해봤어요.',
      '캐시 삭제해봤습니다.',
      '공지사항을 찾아봤는데 관련 내용이 없었어요.',
    ],
  },
  recoveryPhraseLines: [
    '혹시 몰라서 제 지갑 복구 구문도 적어둡니다: {recoveryPhrase}',
    '메타마스크 시드 문구는 {recoveryPhrase} 입니다. 확인에 필요하시면 쓰세요.',
  ],
  apiKeyLines: [
    'Access key: {accessKey}\nSecret key: {secretKey}',
    '사용 중인 키 알려드립니다. access key {accessKey} / secret {secretKey}',
  ],
  resubmissionOpenings: [
    '답변이 없어서 다시 문의드립니다.',
    '어제 문의했는데 아직 답이 없어 재문의합니다.',
    '하루가 지났는데 아무 연락이 없네요. 다시 접수합니다.',
    '같은 내용으로 문의했는데 답변이 없어서 한 번 더 남깁니다.',
  ],
  resubmissionSubjectPrefixes: ['[재문의] ', '(재접수) ', '다시 문의: ', ''],
  memoLabels: { tag: '데스티네이션 태그', memo: '메모' },
  banks: ['케이뱅크', '신한은행', 'KB국민은행', '하나은행', 'NH농협은행', '카카오뱅크'],
  replyGreetings: [
    '안녕하세요, {customerName} 고객님.',
    '안녕하세요 {customerName} 고객님, Demo Exchange 고객센터입니다.',
    '{customerName} 고객님, 안녕하세요.',
  ],
  replyClosings: [
    '추가로 궁금하신 점이 있으시면 언제든지 문의해 주세요.',
    '이용에 불편을 드려 죄송합니다. 감사합니다.',
    '더 필요하신 사항이 있으면 이 문의에 회신해 주세요.',
  ],
  signatures: ['Demo Exchange 고객센터 {agentName} 드림', '{agentName} 드림'],
  acknowledgements: [
    '문의하신 내용 확인하였습니다. 현재 담당 부서에서 확인 중이며, 결과가 나오는 대로 안내드리겠습니다.',
    '불편을 드려 죄송합니다. 접수하신 건은 우선 확인 중이며 조금만 기다려 주시면 바로 안내드리겠습니다.',
    '문의 감사합니다. 관련 내역을 조회하고 있으니 잠시만 기다려 주세요.',
  ],
  askIntroductions: [
    '정확한 확인을 위해 아래 정보를 추가로 보내주시겠어요?',
    '빠른 처리를 위해 다음 내용을 회신해 주시면 감사하겠습니다.',
  ],
  askItems: {
    transaction: '입출금 TXID(트랜잭션 해시)',
    address: '입금(또는 출금) 주소',
    order: '주문번호 또는 주문 ID',
    time: '문제가 발생한 정확한 날짜와 시간',
    device: '사용 기기, OS 및 앱 버전',
    error: '화면에 표시된 오류 메시지 또는 오류 코드',
    account: '가입 이메일 또는 회원번호',
    attempts: '지금까지 시도해 보신 방법',
    ip: '접속한 IP 주소',
    screenshot: '문제 화면의 스크린샷',
  },
  askEndings: [
    '※ 고객센터는 비밀번호, OTP 코드, 복구 문구(시드 구문)를 절대 요청하지 않습니다.',
    '정보를 보내주시면 바로 확인해 드리겠습니다.',
  ],
  holds: [
    '해당 건은 관련 부서에 전달되어 확인 중입니다. 처리까지 시간이 다소 소요될 수 있는 점 양해 부탁드립니다.',
    '현재 외부 기관 확인이 필요한 건으로 보류 중입니다. 진행 상황이 생기는 대로 바로 안내드리겠습니다.',
    '담당 부서에서 상세 조사가 진행 중입니다. 결과가 나오면 이 문의로 다시 연락드리겠습니다.',
  ],
  duplicateReplies: [
    '동일한 내용으로 먼저 접수해 주신 문의가 있어 해당 문의에서 이어서 안내드리겠습니다. 이 문의는 종료 처리되는 점 양해 부탁드립니다.',
    '같은 내용의 문의가 이미 접수되어 있어 기존 문의에서 답변드렸습니다. 확인 부탁드립니다.',
  ],
  secretWarnings: [
    '보내주신 내용에 복구 구문이나 API 비밀 키가 포함되어 있었습니다. 이미 노출된 것으로 간주하시고 즉시 새 지갑으로 자산을 옮기거나 키를 폐기·재발급해 주세요.',
  ],
  customerProvideIntroductions: [
    '요청하신 정보 보내드립니다.',
    '네, 아래와 같습니다.',
    '말씀하신 내용 보내드려요.',
  ],
  customerScreenshotLines: ['스크린샷 첨부했습니다.', '캡처 화면 같이 보냅니다.'],
  customerNudges: [
    '아직 처리 안 됐나요? 확인 부탁드립니다.',
    '답변 기다리고 있습니다. 언제쯤 처리될까요?',
    '벌써 하루가 지났는데 진행 상황 좀 알려주세요.',
  ],
  customerThanks: [
    '확인했습니다. 감사합니다!',
    '해결됐네요. 빠른 처리 감사합니다.',
    '네 잘 들어왔습니다. 수고하세요.',
  ],
  customerAfterAcknowledgements: [
    '네, 기다리겠습니다. 최대한 빨리 부탁드려요.',
    '알겠습니다. 오늘 안에 처리될까요?',
  ],
};
