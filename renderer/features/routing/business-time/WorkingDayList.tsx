import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendarWire } from '../../../../shared/domain/calendar-schemas';
import { withoutWorkingDay, withWorkingDays } from './calendar-form';
import { DatedEntries } from './DatedEntries';

/** Props of WorkingDayList. */
export interface WorkingDayListProps {
  calendar: BusinessCalendarWire;
  disabled: boolean;
  onChange: (calendar: BusinessCalendarWire) => void;
}

/**
 * A calendar's make-up working days (China's 调休): weekend dates the desk works with its weekday hours. The
 * list (each removable) and one added by hand; the Chinese preset (HolidayList) adds the official ones.
 */
export function WorkingDayList({ calendar, disabled, onChange }: WorkingDayListProps): ReactElement {
  const { t } = useTranslation();
  const days = calendar.working_days ?? [];
  return (
    <div className="business-time__holidays" data-testid="business-time-working-days">
      <div className="routing__label">
        {t('makeUpDays.heading')} · {t('makeUpDays.count', { count: days.length })}
      </div>
      <p className="routing__hint">{days.length === 0 ? t('makeUpDays.none') : t('makeUpDays.hint')}</p>
      <DatedEntries
        entries={days}
        disabled={disabled}
        testIdPrefix="business-time-working-day"
        entryClassName="business-time__holiday--working"
        labels={{
          remove: (date) => t('makeUpDays.remove', { date }),
          date: t('makeUpDays.date'),
          name: t('makeUpDays.name'),
          add: t('makeUpDays.add'),
        }}
        onRemove={(date) => onChange(withoutWorkingDay(calendar, date))}
        onAdd={(entry) => onChange(withWorkingDays(calendar, [entry]).calendar)}
      />
    </div>
  );
}
