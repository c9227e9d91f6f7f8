import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SlaClock } from '../../../../shared/domain/schemas';
import { SlaCountdown } from '../../../../renderer/features/sla/SlaCountdown';

const hour = 3_600_000;
const due = Date.parse('2026-03-03T00:00:00.000Z');
const running: SlaClock = {
  target_ms: 24 * hour,
  due_at: new Date(due).toISOString(),
  remaining_ms: 24 * hour,
  state: 'running',
  is_running: true,
};

describe('SlaCountdown', () => {
  it('counts down as "3h 12m", amber when at risk, red and overdue past due', () => {
    const { rerender } = render(
      <SlaCountdown
        clock={running}
        nowMs={due - 5 * hour - 12 * 60_000}
        which="first_response"
        testId="sla"
      />,
    );
    expect(screen.getByTestId('sla')).toHaveTextContent('5h 12m');
    expect(screen.getByTestId('sla')).toHaveClass('sla--ok');
    rerender(
      <SlaCountdown
        clock={running}
        nowMs={due - 3 * hour - 12 * 60_000}
        which="first_response"
        testId="sla"
      />,
    );
    expect(screen.getByTestId('sla')).toHaveTextContent('3h 12m');
    expect(screen.getByTestId('sla')).toHaveClass('sla--warning');
    expect(screen.getByTestId('sla')).toHaveAttribute('data-sla-state', 'at_risk');
    rerender(<SlaCountdown clock={running} nowMs={due + 26 * hour} which="first_response" testId="sla" />);
    expect(screen.getByTestId('sla')).toHaveTextContent('1d 2h overdue');
    expect(screen.getByTestId('sla')).toHaveClass('sla--danger');
  });

  it('shows paused and met clocks, and a dash without SLA', () => {
    const paused: SlaClock = { ...running, remaining_ms: 45 * 60_000, state: 'paused', is_running: false };
    const { rerender, container } = render(
      <SlaCountdown clock={paused} nowMs={due + 100 * hour} which="resolution" testId="sla" />,
    );
    expect(screen.getByTestId('sla')).toHaveTextContent('Paused · 45m');
    // In the queue's narrow column a paused clock is a symbol and the time; the words stay for screen readers.
    rerender(
      <SlaCountdown clock={paused} nowMs={due + 100 * hour} which="resolution" testId="sla" isCompact />,
    );
    const compact = screen.getByTestId('sla').querySelector('.sla__paused');
    expect(compact).toHaveAttribute('aria-hidden', 'true');
    expect(compact).toHaveTextContent(/^45m$/);
    // A drawn pause sign, not the ⏸ character that many fonts lack.
    expect(compact?.querySelector('svg')).not.toBeNull();
    expect(screen.getByTestId('sla').querySelector('.visually-hidden')).toHaveTextContent('Paused · 45m');
    rerender(<SlaCountdown clock={{ ...paused, state: 'met' }} nowMs={0} which="resolution" testId="sla" />);
    expect(screen.getByTestId('sla')).toHaveTextContent('Met');
    rerender(<SlaCountdown clock={null} nowMs={0} which="resolution" />);
    expect(container).toHaveTextContent('—');
  });
});
