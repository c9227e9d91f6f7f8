import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaClock } from '../../../shared/domain/schemas';
import { formatDateTime } from '../../i18n/format';
import { durationParts, slaDisplay, type SlaDisplay } from './sla-display';
import { Icon } from '../../ui/Icon';
import './sla.css';

/** Props of SlaCountdown. */
export interface SlaCountdownProps {
  /** The clock as the service computed it; null or absent shows a dash. */
  clock: SlaClock | null | undefined;
  nowMs: number;
  /** Which clock it is, for the tooltip. */
  which: 'first_response' | 'resolution';
  testId?: string;
  /**
   * A narrow cell (the queue's SLA column): a paused clock shows a pause sign and "3h 12m" instead of "Paused · 3h 12m",
   * which Korean cut off; the words stay in the accessible name and the tooltip.
   */
  isCompact?: boolean;
}

/** `3h 12m`, `2d 4h`, `45m`, `<1m` in the UI language. */
export function useDurationText(): (ms: number) => string {
  const { t } = useTranslation();
  return (ms) => {
    const { days, hours, minutes } = durationParts(ms);
    if (days > 0) {
      return t('sla.duration.daysHours', { days: String(days), hours: String(hours) });
    }
    if (hours > 0) {
      return t('sla.duration.hoursMinutes', { hours: String(hours), minutes: String(minutes) });
    }
    return minutes > 0
      ? t('sla.duration.minutes', { minutes: String(minutes) })
      : t('sla.duration.underMinute');
  };
}

/** The text of a displayed clock: "3h 12m", "2h 5m overdue", "Paused · 3h 12m", "Met", "Breached". */
export function useSlaText(): (display: SlaDisplay) => string {
  const { t } = useTranslation();
  const duration = useDurationText();
  return (display) => {
    switch (display.kind) {
      case 'remaining':
        return duration(display.durationMs);
      case 'overdue':
        return t('sla.overdue', { time: duration(display.durationMs) });
      case 'paused':
        return t('sla.paused', { time: duration(display.durationMs) });
      case 'met':
        return t('sla.met');
      case 'breached':
        return t('sla.breached');
    }
  };
}

/** A ticking SLA countdown: red when breached, amber when at risk, muted when paused or met. */
export function SlaCountdown({ clock, nowMs, which, testId, isCompact }: SlaCountdownProps): ReactElement {
  const { t, i18n } = useTranslation();
  const text = useSlaText();
  const duration = useDurationText();
  if (!clock) {
    return <span className="sla sla--none">—</span>;
  }
  const display = slaDisplay(clock, nowMs);
  const title = t(`sla.title.${which}`, {
    state: t(`sla.state.${display.clock.state}`),
    due: formatDateTime(display.clock.due_at, i18n.language),
  });
  const isPausedCompact = isCompact === true && display.kind === 'paused';
  return (
    <span
      className={`sla sla--${display.tone}`}
      data-testid={testId}
      data-sla-state={display.clock.state}
      title={title}
    >
      {isPausedCompact ? (
        <>
          <span className="visually-hidden">{text(display)}</span>
          {/* A drawn pause sign: the ⏸ character is missing from many fonts (a box on Linux without emoji). */}
          <span className="sla__paused" aria-hidden="true">
            <Icon name="pause" size={12} />
            {duration(display.durationMs)}
          </span>
        </>
      ) : (
        text(display)
      )}
    </span>
  );
}
