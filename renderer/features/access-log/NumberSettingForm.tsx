import { useEffect, useState, type FormEvent, type ReactElement } from 'react';

/** What `NumberSettingForm` shows and how it loads and saves its one whole number. */
export interface NumberSettingFormProps {
  /** Reads the current value from the service. */
  load: () => Promise<number>;
  /** Stores `value`; resolves with the value stored. */
  save: (value: number) => Promise<number>;
  min: number;
  max?: number;
  /** The label, and the lines under the field: before saving, after it, and when it failed. */
  text: { label: string; save: string; hint: string; saved: string; failed: string };
  /** Prefix of the `data-testid`s (`-input`, `-save`). */
  testId: string;
  /** Told after a value was stored (the page reloads its list of limit changes). */
  onSaved?: () => void;
}

/** One whole-number lead setting on the Access log page (the read budget, the log's retention). */
export function NumberSettingForm(props: NumberSettingFormProps): ReactElement {
  const { load, save, min, max, text, testId, onSaved } = props;
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');

  useEffect(() => {
    let isCurrent = true;
    load().then(
      (current) => isCurrent && setValue(String(current)),
      () => isCurrent && setStatus('failed'),
    );
    return () => {
      isCurrent = false;
    };
  }, [load]);

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const wanted = Number(value);
    if (!Number.isInteger(wanted) || wanted < min || (max !== undefined && wanted > max)) {
      setStatus('failed');
      return;
    }
    save(wanted).then(
      (saved) => {
        setValue(String(saved));
        setStatus('saved');
        onSaved?.();
      },
      () => setStatus('failed'),
    );
  };

  return (
    <form className="access-log__budget" onSubmit={onSubmit}>
      <label className="access-log__field">
        <span>{text.label}</span>
        <input
          className="input"
          type="number"
          min={min}
          max={max}
          step={1}
          data-testid={`${testId}-input`}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setStatus('idle');
          }}
        />
      </label>
      <button type="submit" className="button button--small" data-testid={`${testId}-save`}>
        {text.save}
      </button>
      <span className="access-log__hint" role="status">
        {status === 'saved' ? text.saved : status === 'failed' ? text.failed : text.hint}
      </span>
    </form>
  );
}
