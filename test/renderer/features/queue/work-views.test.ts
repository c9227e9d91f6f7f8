import { describe, expect, it } from 'vitest';
import { builtInViews } from '../../../../shared/queue/views';
import { parseQueuePath, queuePath, ticketLink } from '../../../../renderer/features/queue/queue-location';
import { readInitialLocation } from '../../../../renderer/features/queue/use-queue-location';
import {
  isWorkView,
  myWorkOf,
  nextTicketAfterReply,
  nextTicketId,
  viewSortingOf,
  withViewSorting,
} from '../../../../renderer/features/queue/work-views';
import { makeTicket } from '../../fixtures';

const views = builtInViews(['kyc']);
const view = (id: string) => views.find((candidate) => candidate.id === id)!;
const rows = [1, 2, 3, 4].map((number) => makeTicket({ number }));

describe('each view’s own sort', () => {
  it('starts work views by SLA due time and All by newest, and keeps one view’s sort out of the others', () => {
    expect(viewSortingOf(undefined, view('next'))).toEqual([{ id: 'sla', desc: false }]);
    expect(viewSortingOf(undefined, view('sla_breached'))).toEqual([{ id: 'sla', desc: false }]);
    expect(viewSortingOf(undefined, view('all'))).toEqual([{ id: 'number', desc: true }]);
    const sorts = withViewSorting(undefined, view('all'), [{ id: 'subject', desc: false }]);
    expect(viewSortingOf(sorts, view('all'))).toEqual([{ id: 'subject', desc: false }]);
    expect(viewSortingOf(sorts, view('next'))).toEqual([{ id: 'sla', desc: false }]);
  });
});

describe('the next ticket', () => {
  it('opens the row after the current one with n, skipping answered tickets, then wraps to the top', () => {
    expect(nextTicketId(rows, 'ticket-1')).toBe('ticket-2');
    expect(nextTicketId(rows, 'ticket-1', new Set(['ticket-2']))).toBe('ticket-3');
    expect(nextTicketId(rows, 'ticket-4')).toBe('ticket-1');
    expect(nextTicketId(rows, 'gone')).toBe('ticket-1');
    expect(nextTicketId([rows[0]!], 'ticket-1')).toBeNull();
  });

  it('after a reply opens the most urgent ticket not answered this session', () => {
    // Ticket 1 was answered but its other clock is still late: it stays on top, and is not reopened.
    expect(nextTicketAfterReply(rows, 'ticket-2', new Set(['ticket-1', 'ticket-2']))).toBe('ticket-3');
    expect(nextTicketAfterReply(rows, 'ticket-1', new Set(['ticket-1']))).toBe('ticket-2');
  });

  it('advances by itself only in views whose order is the order of work', () => {
    expect(isWorkView(view('next'))).toBe(true);
    expect(isWorkView(view('category:kyc'))).toBe(true);
    expect(isWorkView(view('all'))).toBe(false);
    expect(isWorkView(view('recently_updated'))).toBe(false);
  });
});

describe('my teams', () => {
  const team = (id: string, categories: string[], members: string[], landing?: 'sla_breached') => ({
    id,
    name: id,
    categories,
    member_ids: members,
    strategy: 'manual' as const,
    ...(landing ? { landing_view: landing } : {}),
  });
  const routing = {
    teams: [
      team('funds', ['deposit_withdrawal'], ['me'], 'sla_breached'),
      team('kyc', ['kyc'], ['me', 'you']),
    ],
    profiles: [],
    rules: [],
    skill_wait_minutes: 30,
    online_agent_ids: [],
    triage_threshold: 0.8,
  };
  it('joins my teams’ categories and lands where my first team’s lead chose', () => {
    expect(myWorkOf(routing as never, 'me')).toEqual({
      categories: ['deposit_withdrawal', 'kyc'],
      landingViewId: 'sla_breached',
      assignsOnReply: true,
    });
    expect(myWorkOf(routing as never, 'you')).toMatchObject({ categories: ['kyc'], landingViewId: 'next' });
    expect(myWorkOf(routing as never, 'nobody')).toMatchObject({ categories: null, landingViewId: 'next' });
  });
});

describe('web routes', () => {
  it('reads and writes /tickets/<number> and /views/<id>, and nothing else', () => {
    expect(parseQueuePath('/tickets/2942')).toEqual({ viewId: null, ticketNumber: 2942 });
    expect(parseQueuePath('/views/mine')).toEqual({ viewId: 'mine', ticketNumber: null });
    expect(parseQueuePath(queuePath({ viewId: 'category:kyc', ticketNumber: null }))).toEqual({
      viewId: 'category:kyc',
      ticketNumber: null,
    });
    expect(queuePath({ viewId: 'mine', ticketNumber: 7 })).toBe('/tickets/7');
    for (const path of [
      '/',
      '/tickets/0',
      '/tickets/12a',
      '/tickets/1/2',
      '/views/%E0%A4%A',
      '/views/<script>',
    ]) {
      expect(parseQueuePath(path)).toEqual({ viewId: null, ticketNumber: null });
    }
  });

  it('reopens a ticket after a reload in the view it was opened from, and a bare link in the landing view', () => {
    window.history.replaceState({ supportConsoleViewId: 'all' }, '', '/tickets/2942');
    expect(readInitialLocation(true)).toEqual({ viewId: 'all', ticketNumber: 2942 });
    window.history.replaceState(null, '', '/tickets/2942');
    expect(readInitialLocation(true)).toEqual({ viewId: null, ticketNumber: 2942 });
    window.history.replaceState({ supportConsoleViewId: 'all' }, '', '/views/mine');
    expect(readInitialLocation(true)).toEqual({ viewId: 'mine', ticketNumber: null });
    expect(readInitialLocation(false)).toEqual({ viewId: null, ticketNumber: null });
  });

  it('copies the web route in a browser and the deep link of the same route in the app', () => {
    expect(ticketLink(2942, 'https://support.example.com')).toBe('https://support.example.com/tickets/2942');
    expect(ticketLink(2942, null)).toBe('support-console://tickets/2942');
  });
});
