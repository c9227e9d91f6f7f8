import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendarWire } from '../../../../shared/domain/calendar-schemas';
import { withoutWorkingDay, withWorkingDays } from './calendar-form';

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
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const days = calendar.working_days ?? [];
  return (
    <div className="business-time__holidays" data-testid="business-time-working-days">
      <div className="routing__label">
        {t('makeUpDays.heading')} · {t('makeUpDays.count', { count: days.length })}
      </div>
      <p className="routing__hint">{days.length === 0 ? t('makeUpDays.none') : t('makeUpDays.hint')}</p>
      {days.length === 0 ? null : (
        <ul className="business-time__holiday-list">
          {days.map((day) => (
            <li
              key={day.date}
              className="business-time__holiday business-time__holiday--working"
              data-testid={`business-time-working-day-${day.date}`}
            >
              <span className="business-time__holiday-date">{day.date}</span>
              {day.name === '' ? null : <span>{day.name}</span>}
              {disabled ? null : (
                <button
                  type="button"
                  className="business-time__remove"
                  aria-label={t('makeUpDays.remove', { date: day.date })}
                  onClick={() => onChange(withoutWorkingDay(calendar, day.date))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {disabled ? null : (
        <div className="business-time__add-holiday">
          <input
            type="date"
            className="input"
            aria-label={t('makeUpDays.date')}
            data-testid="business-time-working-day-date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
          <input
            className="input"
            aria-label={t('makeUpDays.name')}
            placeholder={t('makeUpDays.name')}
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
          />
          <button
            type="button"
            className="button button--small"
            data-testid="business-time-working-day-add"
            disabled={!/^\d{4}-\d{2}-\d{2}$/.test(date)}
            onClick={() => {
              onChange(withWorkingDays(calendar, [{ date, name: name.trim() }]).calendar);
              setDate('');
              setName('');
            }}
          >
            {t('makeUpDays.add')}
          </button>
        </div>
      )}
    </div>
  );
}
