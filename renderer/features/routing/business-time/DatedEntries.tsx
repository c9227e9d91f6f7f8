import { useState, type ReactElement } from 'react';

/** One dated entry of a calendar: a holiday, or a make-up working day. */
export interface DatedEntry {
  date: string;
  name: string;
}

/** Props of DatedEntries. */
export interface DatedEntriesProps {
  entries: readonly DatedEntry[];
  disabled: boolean;
  /** Test ids: `<prefix>-<date>` for an entry, `<prefix>-date` and `<prefix>-add` for the form. */
  testIdPrefix: string;
  /** An extra class of each entry (make-up days are marked apart from holidays). */
  entryClassName?: string;
  /** The texts, in the console's language. */
  labels: { remove: (date: string) => string; date: string; name: string; add: string };
  onRemove: (date: string) => void;
  onAdd: (entry: DatedEntry) => void;
}

/**
 * A calendar's dated entries (each removable) and the form that adds one by hand: shared by the holidays and
 * the make-up working days, which differ only in their texts and what adding or removing changes.
 */
export function DatedEntries(props: DatedEntriesProps): ReactElement {
  const { entries, disabled, testIdPrefix, labels } = props;
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const entryClass = `business-time__holiday${props.entryClassName ? ` ${props.entryClassName}` : ''}`;
  return (
    <>
      {entries.length === 0 ? null : (
        <ul className="business-time__holiday-list">
          {entries.map((entry) => (
            <li key={entry.date} className={entryClass} data-testid={`${testIdPrefix}-${entry.date}`}>
              <span className="business-time__holiday-date">{entry.date}</span>
              {entry.name === '' ? null : <span>{entry.name}</span>}
              {disabled ? null : (
                <button
                  type="button"
                  className="business-time__remove"
                  aria-label={labels.remove(entry.date)}
                  onClick={() => props.onRemove(entry.date)}
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
            aria-label={labels.date}
            data-testid={`${testIdPrefix}-date`}
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
          <input
            className="input"
            aria-label={labels.name}
            placeholder={labels.name}
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
          />
          <button
            type="button"
            className="button button--small"
            data-testid={`${testIdPrefix}-add`}
            disabled={!/^\d{4}-\d{2}-\d{2}$/.test(date)}
            onClick={() => {
              props.onAdd({ date, name: name.trim() });
              setDate('');
              setName('');
            }}
          >
            {labels.add}
          </button>
        </div>
      )}
    </>
  );
}
