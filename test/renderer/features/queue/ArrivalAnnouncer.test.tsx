import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArrivalAnnouncer, type AnnouncedTicket } from '../../../../renderer/features/queue/ArrivalAnnouncer';
import { createArrivals, type Arrivals } from '../../../../renderer/features/queue/arrivals';

const tickets = new Map<string, AnnouncedTicket>([
  ['t-1', { number: 101, subject: 'Withdrawal stuck' }],
  ['t-2', { number: 102, subject: 'KYC rejected' }],
  ['t-3', { number: 103, subject: 'Lost 2FA' }],
]);

let arrivals: Arrivals;

afterEach(() => arrivals.dispose());

function renderAnnouncer(): HTMLElement {
  arrivals = createArrivals(60_000);
  render(<ArrivalAnnouncer arrivals={arrivals} ticketOf={(id) => tickets.get(id)} />);
  return screen.getByTestId('arrival-announcer');
}

describe('ArrivalAnnouncer', () => {
  it('is a polite, visually hidden live region that is empty until a ticket arrives', () => {
    const region = renderAnnouncer();
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('role', 'status');
    expect(region).toHaveClass('visually-hidden');
    expect(region).toHaveTextContent(/^$/);
  });

  it('announces a live arrival with its number and subject, once', () => {
    const region = renderAnnouncer();
    act(() => arrivals.mark('t-1'));
    expect(region).toHaveTextContent('New ticket #101: Withdrawal stuck');
    // Another arrival replaces the message; the first one is not repeated.
    act(() => arrivals.mark('t-2'));
    expect(region).toHaveTextContent('New ticket #102: KYC rejected');
    expect(region).not.toHaveTextContent('#101');
  });

  it('announces arrivals that land together as a count, and one the store does not hold yet by count', () => {
    const region = renderAnnouncer();
    act(() => {
      arrivals.mark('t-1');
      arrivals.mark('t-3');
    });
    expect(region).toHaveTextContent('2 new tickets');
    act(() => arrivals.mark('t-unknown'));
    expect(region).toHaveTextContent('1 new ticket');
  });
});
