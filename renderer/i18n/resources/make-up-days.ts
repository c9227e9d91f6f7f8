/**
 * UI strings of a calendar's make-up working days (China's 调休, docs/agent-day.md "Business time"), in the
 * routing team card's calendar editor. en.ts, ko.ts and zh.ts each include theirs under `makeUpDays`.
 */

export const makeUpDaysEn = {
  heading: 'Make-up working days',
  count_one: '{{count}} day',
  count_other: '{{count}} days',
  hint: 'Weekend days the desk works with its weekday hours (China’s 调休). The Chinese preset adds the official ones of the years it knows (2026).',
  none: 'No make-up working days.',
  date: 'Working day date',
  name: 'Working day name',
  add: 'Add working day',
  remove: 'Remove working day {{date}}',
  presetAdded_one: '{{count}} make-up working day added.',
  presetAdded_other: '{{count}} make-up working days added.',
};

/** Korean strings (keys mirror makeUpDaysEn). */
export const makeUpDaysKo: typeof makeUpDaysEn = {
  heading: '대체 근무일',
  count_one: '{{count}}일',
  count_other: '{{count}}일',
  hint: '평일 근무 시간으로 일하는 주말(중국의 调休)입니다. 중국 공휴일 프리셋은 알려진 연도(2026년)의 공식 대체 근무일을 추가합니다.',
  none: '대체 근무일이 없습니다.',
  date: '근무일 날짜',
  name: '근무일 이름',
  add: '근무일 추가',
  remove: '근무일 {{date}} 삭제',
  presetAdded_one: '대체 근무일 {{count}}일을 추가했습니다.',
  presetAdded_other: '대체 근무일 {{count}}일을 추가했습니다.',
};

/** Chinese strings (keys mirror makeUpDaysEn). */
export const makeUpDaysZh: typeof makeUpDaysEn = {
  heading: '调休上班日',
  count_one: '{{count}} 天',
  count_other: '{{count}} 天',
  hint: '按工作日时间上班的周末（调休）。中国节假日预设会加入已知年份（2026 年）的官方调休上班日。',
  none: '没有调休上班日。',
  date: '上班日日期',
  name: '上班日名称',
  add: '添加上班日',
  remove: '删除上班日 {{date}}',
  presetAdded_one: '已添加 {{count}} 个调休上班日。',
  presetAdded_other: '已添加 {{count}} 个调休上班日。',
};
