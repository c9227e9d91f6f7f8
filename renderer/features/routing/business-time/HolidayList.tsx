import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendarWire, HolidayPresetCountry } from '../../../../shared/domain/calendar-schemas';
import { useConsole } from '../../../app/console-context';
import { withHolidays, withWorkingDays } from './calendar-form';
import { DatedEntries } from './DatedEntries';

/** Props of HolidayList. */
export interface HolidayListProps {
  calendar: BusinessCalendarWire;
  disabled: boolean;
  onChange: (calendar: BusinessCalendarWire) => void;
  onRemove: (date: string) => void;
}

type PresetStatus =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'added'; count: number; workingDays: number }
  | { kind: 'failed'; message: string };

/** The preset buttons: a country and its label's key. */
const presetCountries = [
  { country: 'KR', label: 'businessTime.addKorean' },
  { country: 'CN', label: 'businessTime.addChinese' },
] as const satisfies readonly { country: HolidayPresetCountry; label: string }[];

/** The preset year a lead most likely wants: this year, or next year from October on (planning ahead). */
function presetYearNow(): number {
  const today = new Date();
  return today.getMonth() >= 9 ? today.getFullYear() + 1 : today.getFullYear();
}

/** The language the service names holidays in, from the console's. */
function presetLanguage(language: string): 'en' | 'ko' | 'zh' {
  const short = language.slice(0, 2);
  return short === 'ko' || short === 'zh' ? short : 'en';
}

/**
 * A calendar's holidays: the list (each removable), one added by hand, and the public holidays of South
 * Korea or mainland China for a year, fetched from the service and merged in (dates already listed stay).
 */
export function HolidayList(props: HolidayListProps): ReactElement {
  const { t, i18n } = useTranslation();
  const { api } = useConsole();
  const [year, setYear] = useState(presetYearNow);
  const [status, setStatus] = useState<PresetStatus>({ kind: 'idle' });
  const { calendar, disabled } = props;
  const firstYear = new Date().getFullYear();

  const addPreset = async (country: HolidayPresetCountry): Promise<void> => {
    setStatus({ kind: 'loading' });
    try {
      const preset = await api.holidayPresets({
        country,
        from: year,
        to: year,
        language: presetLanguage(i18n.language),
      });
      const merged = withHolidays(calendar, preset.holidays);
      // China's official make-up working days (调休) come with its holidays, for the years the service knows.
      const worked = withWorkingDays(merged.calendar, preset.working_days);
      props.onChange(preset.working_days.length === 0 ? merged.calendar : worked.calendar);
      setStatus({ kind: 'added', count: merged.added, workingDays: worked.added });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="business-time__holidays" data-testid="business-time-holidays">
      <div className="routing__label">
        {t('businessTime.holidays')} · {t('businessTime.holidayCount', { count: calendar.holidays.length })}
      </div>
      {disabled ? null : (
        <div className="business-time__presets">
          <label className="routing__inline">
            <span>{t('businessTime.presetYear')}</span>
            <select
              className="select select--small"
              data-testid="business-time-preset-year"
              value={year}
              onChange={(event) => setYear(Number(event.target.value))}
            >
              {[firstYear, firstYear + 1, firstYear + 2].map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </select>
          </label>
          {presetCountries.map(({ country, label }) => (
            <button
              key={country}
              type="button"
              className="button button--small"
              data-testid={`business-time-preset-${country}`}
              disabled={status.kind === 'loading'}
              onClick={() => void addPreset(country)}
            >
              {t(label, { year: String(year) })}
            </button>
          ))}
          {status.kind === 'added' ? (
            <span role="status" className="routing__feedback">
              {status.count === 0 && status.workingDays === 0
                ? t('businessTime.presetNothingNew')
                : t('businessTime.presetAdded', { count: status.count })}
              {status.workingDays > 0
                ? ` ${t('makeUpDays.presetAdded', { count: status.workingDays })}`
                : null}
            </span>
          ) : null}
          {status.kind === 'failed' ? (
            <span role="alert" className="routing__feedback routing__feedback--failed">
              {t('businessTime.presetFailed', { message: status.message })}
            </span>
          ) : null}
        </div>
      )}
      {calendar.holidays.length === 0 ? (
        <p className="routing__hint">{t('businessTime.noHolidays')}</p>
      ) : null}
      <DatedEntries
        entries={calendar.holidays}
        disabled={disabled}
        testIdPrefix="business-time-holiday"
        labels={{
          remove: (date) => t('businessTime.removeHoliday', { date }),
          date: t('businessTime.holidayDate'),
          name: t('businessTime.holidayName'),
          add: t('businessTime.addHoliday'),
        }}
        onRemove={props.onRemove}
        onAdd={(entry) => props.onChange(withHolidays(calendar, [entry]).calendar)}
      />
    </div>
  );
}
