import type { IntentSource } from './types';

/** Korean intents (casual customer wording, typos, English terms mixed in). */
export const koreanIntents: readonly IntentSource[] = [
  // account_security
  {
    category: 'account_security',
    key: 'ko-sec-unknown-login',
    paraphrases: [
      '제가 접속한 적 없는데 해외 IP로 로그인됐다는 알림 메일이 왔어요 해킹당한건가요?',
      '새벽에 모르는 기기에서 로그인 성공 알림이 떴습니다.. 저 아닌데 계정 좀 막아주세요',
      '로그인 기록 보니까 중국에서 접속한 기록이 있어요ㅠ 제 계정 털린거 같아요',
      '방금 신규 디바이스 로그인 알림 왔는데 제가 한게 아님;; 빨리 확인 부탁드립니다',
    ],
  },
  {
    category: 'account_security',
    key: 'ko-sec-otp-lost',
    paraphrases: [
      '핸드폰을 바꿨는데 구글 OTP 앱이 초기화돼서 로그인을 못하고 있어요',
      '폰 분실해서 OTP 번호를 받을 수가 없습니다 2단계 인증 해제하려면 어떻게 해야되나요',
      'OTP 백업키를 안 적어놔서 새 폰에 등록을 못했어요 인증 초기화 신청하고 싶습니다',
      'google authenticator 앱 지웠더니 6자리 코드를 못 받아요.. 로그인이 안됩니다',
    ],
  },
  {
    category: 'account_security',
    key: 'ko-sec-locked',
    paraphrases: [
      '비밀번호 5번 틀려서 계정이 잠겼다고 나와요 잠금 해제 해주세요',
      '로그인 시도 여러번 실패했더니 계정 보호조치 됐다고 뜹니다. 풀려면 뭐해야돼요?',
      '계정이 잠금 상태라 아무것도 못해요 본인 맞으니까 해제 부탁드려요',
      '비번을 계속 잘못 쳤더니 로그인 제한 걸렸네요 언제 풀리나요',
    ],
  },
  {
    category: 'account_security',
    key: 'ko-sec-phishing',
    paraphrases: [
      '거래소 사칭 문자 받고 링크 눌러서 아이디 비번 입력해버렸어요 어떡하죠',
      '고객센터라고 전화와서 인증번호 알려줬는데 사기인거 같아요 계정 정지 해주세요',
      '피싱 사이트에 로그인 정보를 넣은 것 같습니다. 자산 빠져나가기 전에 막아주세요',
      '카톡으로 이벤트 당첨됐다고 링크 와서 들어가서 로그인했는데 가짜 사이트였어요',
    ],
  },
  {
    category: 'account_security',
    key: 'ko-sec-password-reset',
    paraphrases: [
      '비밀번호 재설정 메일이 안 와요 스팸함도 봤는데 없어요',
      '비번 찾기 눌렀는데 인증 메일이 도착을 안합니다',
      '패스워드 변경하려고 하는데 재설정 링크가 만료됐다고만 나와요',
      '비밀번호 까먹어서 재설정하려는데 이메일 인증 코드가 안 옵니다ㅠ',
    ],
  },
  {
    category: 'account_security',
    key: 'ko-sec-unknown-withdrawal',
    paraphrases: [
      '제가 안 했는데 제 계정에서 코인이 다른 주소로 출금됐어요 해킹 같습니다',
      '자고 일어났더니 잔고가 없어요 누가 제 계정 들어와서 다 빼갔어요',
      '모르는 출금 내역이 있어요 제가 신청한 적 없는 출금입니다 계정 동결해주세요',
      '해킹당해서 {coin} 전부 외부로 빠져나갔습니다 제발 도와주세요',
    ],
  },
  // trade_execution
  {
    category: 'trade_execution',
    key: 'ko-trade-limit-unfilled',
    paraphrases: [
      '지정가 매수 걸어놨는데 가격이 닿았는데도 체결이 안 됐어요',
      '{coin} 지정가로 매도 주문 넣었고 그 가격 찍었는데 미체결로 남아있어요 왜죠',
      '호가가 제 주문가격까지 내려왔는데 주문이 안 체결됐습니다 설명 좀 해주세요',
      '리밋 오더 넣었는데 차트상으로는 터치했는데 계속 대기중이에요',
    ],
  },
  {
    category: 'trade_execution',
    key: 'ko-trade-slippage',
    paraphrases: [
      '시장가로 샀는데 화면에 보이던 가격보다 훨씬 비싸게 체결됐어요',
      '시장가 매도했더니 예상보다 너무 낮은 가격에 팔렸어요 슬리피지가 말이 되나요',
      '마켓 주문 넣었는데 체결가가 현재가랑 3%나 차이나요',
      '시장가 주문 체결 가격이 이상합니다 평단이 말도 안되게 높게 잡혔어요',
    ],
  },
  {
    category: 'trade_execution',
    key: 'ko-trade-cancel-stuck',
    paraphrases: [
      '주문 취소 버튼을 눌러도 취소가 안되고 계속 주문 목록에 남아있어요',
      '미체결 주문 취소했는데 잔고가 묶여서 안 풀려요',
      '주문 취소가 안 먹혀요 몇 번을 눌러도 그대로입니다',
      '취소한 주문 때문에 {coin}가 주문 가능 수량에서 빠져 있어요 묶인 돈 풀어주세요',
    ],
  },
  {
    category: 'trade_execution',
    key: 'ko-trade-stop-not-triggered',
    paraphrases: [
      '스탑로스 걸어놨는데 가격 밑으로 떨어졌는데도 발동이 안됐어요',
      '예약 매도(감시가) 설정했는데 조건 도달해도 주문이 안 나갔습니다',
      '손절 주문이 트리거 안돼서 손실이 엄청 커졌어요 보상 되나요',
      '스톱 리밋 주문 걸었는데 작동을 안했어요 왜 그런거죠',
    ],
  },
  {
    category: 'trade_execution',
    key: 'ko-trade-min-order',
    paraphrases: [
      '매수하려고 하는데 최소 주문 금액 미달이라고 떠서 주문이 안 들어가요',
      '주문 넣으면 주문 가능 금액이 부족하다고 나오는데 잔고는 충분해요',
      '매도 주문이 안 돼요 수량 단위가 맞지 않는다고 합니다',
      '주문하기 누르면 계속 실패 떠요 원화 잔고 있는데도요',
    ],
  },
  {
    category: 'trade_execution',
    key: 'ko-trade-wrong-fill',
    paraphrases: [
      '체결 내역에 제가 넣은 적 없는 주문이 체결돼 있어요',
      '매수 체결됐다고 알림은 왔는데 보유 자산에 {coin}가 안 들어와 있어요',
      '체결된 수량이 주문한 수량이랑 달라요 부분체결이라는데 나머지는요?',
      '거래내역 보면 같은 주문이 두 번 체결된 걸로 나와요 확인 좀요',
    ],
  },
  // deposit_withdrawal
  {
    category: 'deposit_withdrawal',
    key: 'ko-dw-withdraw-pending',
    paraphrases: [
      '{coin} 출금 신청한 지 {when} 넘었는데 아직도 처리중이에요',
      '출금 요청했는데 계속 대기 상태로 멈춰 있어요 언제 나가나요',
      '보낸 {coin}가 아직 상대 지갑에 도착을 안했어요 출금 진행상황 좀 알려주세요',
      '출금 신청하고 한참 지났는데 전송중에서 안 넘어가요ㅠㅠ',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'ko-dw-deposit-missing',
    paraphrases: [
      '다른 거래소에서 {coin} 보냈는데 입금이 안 됐어요 블록체인에서는 완료로 나와요',
      '입금 주소로 {amount} 보냈는데 잔고에 반영이 안되네요',
      '지갑에서는 전송 완료라고 하는데 여기 입금내역엔 안 떠요',
      '{coin} 입금했는데 {when}째 안 들어와요 컨펌은 다 됐습니다',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'ko-dw-wrong-network',
    paraphrases: [
      'USDT를 ERC20 주소로 보내야 하는데 BEP20 네트워크로 보냈어요 복구되나요',
      '네트워크 잘못 선택해서 입금했습니다 코인 찾을 수 있을까요',
      '트론 네트워크로 보내야 되는걸 이더리움으로 잘못 보냈어요',
      '체인을 잘못 골라서 보냈는데 오입금 복구 신청 어떻게 하나요',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'ko-dw-memo-missing',
    paraphrases: [
      'XRP 입금할 때 데스티네이션 태그를 안 넣었어요 어떻게 해야 하나요',
      '메모 없이 EOS를 보냈는데 입금이 안 됩니다',
      '태그 번호를 잘못 입력하고 리플 보냈어요 ㅠㅠ',
      '입금할 때 메모란 비워두고 보냈는데 반영 안됨.. 찾아주세요',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'ko-dw-krw',
    paraphrases: [
      '원화 입금했는데 계좌에서는 돈이 빠져나갔는데 원화 잔고가 0이에요',
      'KRW 출금 신청했는데 은행 계좌로 입금이 안 됐어요',
      '케이뱅크 연동 계좌에서 원화 충전했는데 반영이 안되네요',
      '원화 출금이 계속 보류라고 나옵니다 은행 점검시간도 아닌데요',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'ko-dw-limit',
    paraphrases: [
      '출금 한도가 너무 낮아요 하루 한도 늘리는 방법 알려주세요',
      '1일 출금 한도 초과라고 뜨는데 오늘 출금한 적 없어요',
      '출금하려는데 한도 때문에 {amount}밖에 못 빼요 한도 상향 신청하고 싶어요',
      '입금 후 72시간 출금 제한 걸려있다는데 이거 풀 수 있나요',
    ],
  },
  // api
  {
    category: 'api',
    key: 'ko-api-signature',
    paraphrases: [
      'API로 주문 넣으면 invalid signature 에러가 나요 HMAC 서명 어떻게 만드는지 예제 있나요',
      '파이썬으로 api 호출하는데 서명 오류만 계속 뜹니다',
      'REST API 요청 시 signature 검증 실패라고 401 에러 나옵니다',
      '서명 만들 때 쿼리스트링 순서 정렬해야 하나요? 계속 인증 실패해요',
    ],
  },
  {
    category: 'api',
    key: 'ko-api-rate-limit',
    paraphrases: [
      'API 호출하다 보면 429 too many requests가 자꾸 떠요 제한이 몇 회인가요',
      '요청 제한에 걸려서 봇이 멈춥니다 초당 몇 번까지 되나요',
      'rate limit 초과 에러 때문에 시세 조회가 안돼요 한도 올려주실 수 있나요',
      '주문 API를 빠르게 보내면 IP 차단되는 것 같아요',
    ],
  },
  {
    category: 'api',
    key: 'ko-api-key-create',
    paraphrases: [
      'API 키 발급하려는데 발급 버튼이 비활성화 돼있어요',
      'Open API 키 만들었는데 시크릿 키를 못 봤어요 다시 볼 수 있나요',
      'API 키에 출금 권한 체크하는 곳이 없어요',
      'api key 생성할 때 허용 IP를 꼭 넣어야 되나요? 유동 IP라서요',
    ],
  },
  {
    category: 'api',
    key: 'ko-api-websocket',
    paraphrases: [
      '웹소켓 연결이 몇 분마다 끊겨요 핑 보내야 하나요',
      'websocket으로 호가 구독하는데 데이터가 중간에 안 들어와요',
      '웹소켓 접속하자마자 연결 종료됩니다 주소가 바뀌었나요',
      '실시간 체결 스트림이 자꾸 disconnect 돼요',
    ],
  },
  {
    category: 'api',
    key: 'ko-api-ip-whitelist',
    paraphrases: [
      'API 키에 등록한 IP에서 호출하는데 허용되지 않은 IP라고 거부돼요',
      '서버 IP 바꿨더니 api가 다 막혔어요 화이트리스트 수정 어디서 하나요',
      'IP 제한 설정했는데도 이 IP는 등록되지 않았다고 나옵니다',
      'AWS 서버에서 API 쓰는데 IP 인증 오류가 나요',
    ],
  },
  {
    category: 'api',
    key: 'ko-api-docs',
    paraphrases: [
      'API 문서에 나온 엔드포인트로 요청하면 404가 나와요 문서가 최신인가요',
      '캔들 조회 api 응답에 거래량 필드가 빠져 있어요',
      'API 응답의 timestamp가 밀리초인지 초인지 헷갈려요 문서에 없네요',
      '잔고 조회 api 결과가 앱에 나오는 잔고랑 달라요',
    ],
  },
  // kyc
  {
    category: 'kyc',
    key: 'ko-kyc-id-rejected',
    paraphrases: [
      '신분증 인증이 계속 반려돼요 사진 선명하게 찍었는데도요',
      '본인인증 하려고 주민등록증 올렸는데 거절됐다고 나와요 이유가 뭔가요',
      '운전면허증으로 KYC 했는데 실패했다고 합니다',
      '신분증 사진 제출했는데 인증 불가 처리됐어요 다시 어떻게 하나요',
    ],
  },
  {
    category: 'kyc',
    key: 'ko-kyc-pending',
    paraphrases: [
      '고객확인 심사가 {when}째 심사중이에요 언제 끝나나요',
      'KYC 서류 제출했는데 검토 중에서 넘어가질 않아요',
      '신원 확인 승인 대기만 계속이라 거래를 못하고 있어요',
      '인증 심사 결과 언제 나오나요 제출한지 오래됐어요',
    ],
  },
  {
    category: 'kyc',
    key: 'ko-kyc-selfie',
    paraphrases: [
      '셀카 인증 단계에서 얼굴 인식이 안 돼서 넘어가질 않아요',
      '신분증 들고 찍는 사진이 계속 실패해요 카메라가 안 켜져요',
      '얼굴 인증할 때 화면이 까맣게 나오고 진행이 안됨',
      '라이브니스 체크에서 계속 다시 시도하라고만 나와요',
    ],
  },
  {
    category: 'kyc',
    key: 'ko-kyc-name-mismatch',
    paraphrases: [
      '개명해서 신분증 이름이랑 계정 이름이 달라요 변경 어떻게 하나요',
      '실명인증 이름이랑 은행 계좌 예금주가 다르다고 나와요',
      '영문 이름 철자가 여권이랑 다르게 등록돼서 인증이 안돼요',
      '제 이름이 잘못 입력돼서 본인확인이 안 됩니다 수정해주세요',
    ],
  },
  {
    category: 'kyc',
    key: 'ko-kyc-foreigner',
    paraphrases: [
      '외국인인데 외국인등록증으로 본인인증 가능한가요',
      '여권으로 인증하려는데 국적 선택에 제 나라가 없어요',
      '해외 거주 중이라 한국 휴대폰 본인인증을 못해요 다른 방법 있나요',
      '외국인 고객은 어떤 서류를 제출해야 인증이 되나요',
    ],
  },
  {
    category: 'kyc',
    key: 'ko-kyc-level-up',
    paraphrases: [
      '인증 레벨 올리려고 하는데 소득 증빙 서류 뭐 내야 돼요?',
      '고객확인 재이행 하라고 공지 떴는데 어디서 하나요',
      '직업 정보랑 거래 목적 입력하라는 창이 계속 떠요 EDD라는게 뭔가요',
      '주소 증명 서류로 공과금 고지서 내도 되나요',
    ],
  },
  // derivatives
  {
    category: 'derivatives',
    key: 'ko-der-liquidation',
    paraphrases: [
      '선물 포지션이 청산됐는데 청산가 근처도 안 갔었어요',
      '강제청산 당했는데 마크가격이 이상하게 튀었어요 보상 요청합니다',
      '제 롱 포지션이 갑자기 청산됐어요 차트상으로는 청산가격 안 닿았는데요',
      '숏 포지션 리퀴데이션 됐는데 이해가 안 가요 청산 내역 확인 부탁',
    ],
  },
  {
    category: 'derivatives',
    key: 'ko-der-funding',
    paraphrases: [
      '펀딩비가 너무 많이 빠져나갔어요 계산이 맞나요',
      '무기한 선물 펀딩 수수료 정산 시간이 언제인가요',
      '포지션 잡고 있었는데 펀딩피가 두 번 차감됐어요',
      '펀딩 비율이 마이너스인데 왜 제가 돈을 냈죠',
    ],
  },
  {
    category: 'derivatives',
    key: 'ko-der-leverage',
    paraphrases: [
      '레버리지 배율 변경이 안 돼요 포지션 있으면 못 바꾸나요',
      '레버리지 20배로 올리려는데 최대 10배까지만 된다고 나와요',
      '교차 마진을 격리 마진으로 바꾸고 싶은데 버튼이 안 눌려요',
      '마진 모드 전환이 오류 나요 열린 주문도 없는데요',
    ],
  },
  {
    category: 'derivatives',
    key: 'ko-der-close-position',
    paraphrases: [
      '선물 포지션 종료 버튼 눌러도 포지션이 안 닫혀요',
      '포지션 청산(정리)하려고 시장가로 닫았는데 일부만 닫혔어요',
      '숏 포지션 정리가 안돼서 손실이 커지고 있어요 급합니다',
      '익절 주문(TP) 걸어놨는데 포지션이 안 닫혔어요',
    ],
  },
  {
    category: 'derivatives',
    key: 'ko-der-margin-transfer',
    paraphrases: [
      '현물 지갑에서 선물 지갑으로 증거금 이체가 안 돼요',
      '선물 계정에 있는 USDT를 현물로 옮기려는데 이체 가능 금액이 0이에요',
      '마진 추가하려고 하는데 증거금 추가 버튼이 없어요',
      '선물 지갑 잔고가 이상해요 미실현 손익이 반영이 안 된 것 같아요',
    ],
  },
  {
    category: 'derivatives',
    key: 'ko-der-adl',
    paraphrases: [
      '수익 중이던 포지션이 자동 디레버리징(ADL)으로 강제로 줄어들었어요',
      'ADL 당했는데 이게 뭔지 설명 좀 해주세요 수익이 날아갔어요',
      '포지션이 제 의사와 상관없이 자동 감축됐어요',
      '보험기금 부족으로 ADL 됐다는데 보상은 없나요',
    ],
  },
  // general
  {
    category: 'general',
    key: 'ko-gen-listing',
    paraphrases: [
      '{coin} 상장 계획 있나요? 언제 상장되는지 궁금해요',
      '새로운 코인 상장 신청은 어디로 하면 되나요',
      '상장폐지 예정인 코인 보유중인데 언제까지 팔아야 하나요',
      '유의종목 지정된 코인은 어떻게 되는 건가요',
    ],
  },
  {
    category: 'general',
    key: 'ko-gen-event',
    paraphrases: [
      '신규가입 이벤트 참여했는데 보상이 아직 안 들어왔어요',
      '에어드랍 이벤트 당첨됐다는데 지급 언제 되나요',
      '추천인 코드 입력했는데 리워드가 안 쌓여요',
      '거래 이벤트 조건 채웠는데 쿠폰이 안 나왔습니다',
    ],
  },
  {
    category: 'general',
    key: 'ko-gen-fee',
    paraphrases: [
      '거래 수수료가 몇 퍼센트인가요? VIP 등급 조건도 알려주세요',
      '수수료 쿠폰 썼는데 수수료가 그대로 나갔어요',
      '메이커 테이커 수수료 차이가 뭔가요',
      '출금 수수료가 다른 거래소보다 너무 비싼 거 아닌가요',
    ],
  },
  {
    category: 'general',
    key: 'ko-gen-app',
    paraphrases: [
      '앱 업데이트하고 나서 실행하면 바로 꺼져요',
      '아이폰 앱에서 차트가 하얗게만 나오고 안 보여요',
      '앱 푸시 알림이 하나도 안 와요 설정은 다 켜놨어요',
      '앱 다크모드 설정이 저장이 안 됩니다',
    ],
  },
  {
    category: 'general',
    key: 'ko-gen-tax-docs',
    paraphrases: [
      '연말정산용 거래내역서 발급받을 수 있나요',
      '세금 신고 때문에 작년 전체 거래 내역 엑셀로 받고 싶어요',
      '잔고 증명서 발급 어디서 하나요',
      '입출금 내역 확인서를 PDF로 받을 수 있을까요',
    ],
  },
  {
    category: 'general',
    key: 'ko-gen-account-close',
    paraphrases: [
      '회원 탈퇴 하고 싶은데 메뉴를 못 찾겠어요',
      '계정 삭제하면 개인정보는 언제 파기되나요',
      '휴대폰 번호가 바뀌어서 회원정보 변경하고 싶어요',
      '이메일 주소 변경은 어떻게 하나요 예전 메일 못 써요',
    ],
  },
];
