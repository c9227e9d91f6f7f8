import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  clockTimeOfMinutes,
  type BusinessCalendarWire,
  type OpeningIntervalWire,
} from '../../../../shared/domain/calendar-schemas';
import type { Weekday } from '../../../../shared/sla/business-calendar';
import {
  consoleTimeZone,
  editorWeekdays,
  isSavableCalendar,
  nextInterval,
  startingCalendar,
  timeZoneChoices,
  withDayHours,
  withoutHoliday,
} from './calendar-form';
import { HolidayList } from './HolidayList';
import { WorkingDayList } from './WorkingDayList';
import './business-time.css';

/** Props of TeamCalendarFields. */
export interface TeamCalendarFieldsProps {
  /** The team's calendar being edited; null: 24x7. */
  calendar: BusinessCalendarWire | null;
  onChange: (calendar: BusinessCalendarWire | null) => void;
  disabled: boolean;
}

/** Times a lead picks from: every half hour, 00:00 to 24:00. */
const halfHours = Array.from({ length: 49 }, (_, index) => clockTimeOfMinutes(index * 30));

function TimeSelect(props: {
  value: string;
  label: string;
  disabled: boolean;
  onChange: (value: string) => void;
  testId: string;
}): ReactElement {
  // A time saved through the API off the half-hour grid stays choosable.
  const choices = halfHours.includes(props.value) ? halfHours : [...halfHours, props.value].sort();
  return (
    <select
      className="select select--small business-time__time"
      aria-label={props.label}
      data-testid={props.testId}
      value={props.value}
      disabled={props.disabled}
      onChange={(event) => props.onChange(event.target.value)}
    >
      {choices.map((time) => (
        <option key={time} value={time}>
          {time}
        </option>
      ))}
    </select>
  );
}

function DayRow(props: {
  day: Weekday;
  intervals: readonly OpeningIntervalWire[];
  disabled: boolean;
  onChange: (intervals: OpeningIntervalWire[]) => void;
}): ReactElement {
  const { t } = useTranslation();
  const dayName = t(`businessTime.days.${props.day}`);
  const replace = (index: number, interval: OpeningIntervalWire): void =>
    props.onChange(props.intervals.map((current, at) => (at === index ? interval : current)));
  return (
    <div className="business-time__day" data-testid={`business-time-day-${props.day}`}>
      <span className="business-time__day-name">{dayName}</span>
      {props.intervals.length === 0 ? (
        <span className="business-time__closed">{t('businessTime.closed')}</span>
      ) : null}
      {props.intervals.map((interval, index) => (
        <span key={index} className="business-time__interval">
          <TimeSelect
            value={interval.start}
            label={t('businessTime.from', { day: dayName })}
            testId={`business-time-${props.day}-${index}-start`}
            disabled={props.disabled}
            onChange={(start) => replace(index, { ...interval, start })}
          />
          <span aria-hidden="true">–</span>
          <TimeSelect
            value={interval.end}
            label={t('businessTime.until', { day: dayName })}
            testId={`business-time-${props.day}-${index}-end`}
            disabled={props.disabled}
            onChange={(end) => replace(index, { ...interval, end })}
          />
          {props.disabled ? null : (
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={t('businessTime.removeInterval', { day: dayName, ...interval })}
              onClick={() => props.onChange(props.intervals.filter((_, at) => at !== index))}
            >
              ×
            </button>
          )}
        </span>
      ))}
      {props.disabled ? null : (
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`${dayName}: ${t('businessTime.addInterval')}`}
          onClick={() => props.onChange([...props.intervals, nextInterval(props.intervals)])}
        >
          +
        </button>
      )}
    </div>
  );
}

/**
 * A team's business time in its routing card: off (24x7) or a calendar with time zone, opening hours per
 * weekday and holidays (with Korean and Chinese public-holiday presets). Saved with the team.
 */
export function TeamCalendarFields(props: TeamCalendarFieldsProps): ReactElement {
  const { t } = useTranslation();
  const { calendar, onChange, disabled } = props;
  // The calendar the lead had before switching it off, restored if they switch it back on before saving.
  const [setAside, setSetAside] = useState<BusinessCalendarWire | null>(calendar);
  return (
    <fieldset className="business-time" data-testid="team-business-time">
      <legend className="routing__label">{t('businessTime.heading')}</legend>
      <div>
        <label className="routing__inline">
          <input
            type="checkbox"
            data-testid="business-time-enabled"
            checked={calendar !== null}
            disabled={disabled}
            onChange={(event) => {
              if (event.target.checked) {
                onChange(setAside ?? startingCalendar(consoleTimeZone()));
              } else {
                setSetAside(calendar);
                onChange(null);
              }
            }}
          />
          <span>{t('businessTime.enabled')}</span>
        </label>
      </div>
      {calendar === null ? (
        <p className="routing__hint business-time__off">{t('businessTime.alwaysOpen')}</p>
      ) : (
        <>
          <div className="business-time__zone">
            <label className="routing__inline">
              <span>{t('businessTime.timeZone')}</span>
              <select
                className="select select--small"
                data-testid="business-time-zone"
                value={calendar.time_zone}
                disabled={disabled}
                onChange={(event) => onChange({ ...calendar, time_zone: event.target.value })}
              >
                {timeZoneChoices(calendar.time_zone).map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="business-time__week" role="group" aria-label={t('businessTime.weeklyHours')}>
            {editorWeekdays.map((day) => (
              <DayRow
                key={day}
                day={day}
                intervals={calendar.weekly_hours[day]}
                disabled={disabled}
                onChange={(intervals) => onChange(withDayHours(calendar, day, intervals))}
              />
            ))}
          </div>
          {isSavableCalendar(calendar) ? null : (
            <p role="alert" className="routing__feedback routing__feedback--failed">
              {t('businessTime.invalid')}
            </p>
          )}
          <p className="routing__hint">{t('businessTime.hint')}</p>
          <HolidayList
            calendar={calendar}
            disabled={disabled}
            onChange={onChange}
            onRemove={(date) => onChange(withoutHoliday(calendar, date))}
          />
          <WorkingDayList calendar={calendar} disabled={disabled} onChange={onChange} />
        </>
      )}
    </fieldset>
  );
}
