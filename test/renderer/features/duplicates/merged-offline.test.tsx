import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConsoleContext } from '../../../../renderer/app/console-context';
import { DuplicatesSection } from '../../../../renderer/features/duplicates/DuplicatesSection';
import { cachedMergeFacts } from '../../../../renderer/features/duplicates/merged-offline';
import { makeTicket } from '../../fixtures';
import { renderWithConsole } from '../ticket/console-harness';
import { newer, older } from './duplicate-pair';

const unavailable = {
  merges: [],
  numbers: new Map<string, number>(),
  isUnavailable: true,
  reload: () => undefined,
};

/** The queue's cached rows: the newer ticket merged into the older one, and an unrelated ticket. */
const rows = [
  makeTicket({ ...older, number: 1001 }),
  makeTicket({ ...newer, number: 1043, status: 'closed', merged_into_ticket_id: 'ticket-old' }),
  makeTicket({ number: 7 }),
];

function renderSection(detail: typeof older, state: typeof unavailable) {
  const onOpenTicket = vi.fn();
  const section = () => (
    <DuplicatesSection
      detail={{ ...detail, possible_duplicates: [] }}
      mergeState={state}
      nowMs={Date.parse('2025-03-06T00:00:00.000Z')}
      onOpenTicket={onOpenTicket}
      onChanged={vi.fn()}
    />
  );
  const harness = renderWithConsole(section(), {
    api: { getTicket: () => Promise.reject(new TypeError('Failed to fetch')) },
  });
  harness.unmount();
  // The queue's rows, as hydrated from the offline cache.
  harness.value.store.upsert(rows);
  render(<ConsoleContext.Provider value={harness.value}>{section()}</ConsoleContext.Provider>);
  return { onOpenTicket };
}

describe('the merged banner offline, from the cached queue rows', () => {
  it('knows a source by its merged_into and a target by the rows that name it', () => {
    expect(cachedMergeFacts({ ...newer, merged_into_ticket_id: 'ticket-old' }, rows)).toEqual({
      mergedInto: { id: 'ticket-old', number: 1001 },
      mergedHere: [],
    });
    expect(cachedMergeFacts(older, rows)).toEqual({
      mergedInto: null,
      mergedHere: [{ id: 'ticket-new', number: 1043 }],
    });
    // Nothing cached says the unrelated ticket took part in a merge: no banner, rather than a guess.
    expect(cachedMergeFacts({ ...older, id: 'ticket-7', number: 7 }, rows)).toBeNull();
  });

  it('shows a merged source its target, with the way there, and says the details need the service', () => {
    const { onOpenTicket } = renderSection({ ...newer, merged_into_ticket_id: 'ticket-old' }, unavailable);
    const banner = screen.getByTestId('merged-banner');
    expect(banner).toHaveAttribute('data-source', 'cache');
    expect(banner).toHaveTextContent('This ticket was merged into #1001.');
    expect(within(banner).getByTestId('merged-banner-offline')).toHaveTextContent(
      'reconnect to see the merge’s details or to undo it',
    );
    expect(within(banner).queryByTestId('merge-undo')).toBeNull();
    fireEvent.click(within(banner).getByTestId('merged-open-target'));
    expect(onOpenTicket).toHaveBeenCalledWith('ticket-old');
  });

  it('shows a target the tickets merged into it', () => {
    renderSection(older, unavailable);
    expect(screen.getByTestId('merged-banner')).toHaveTextContent('Merged into this ticket: #1043.');
  });

  it('shows no cached banner while the history is only loading (online)', () => {
    renderSection(older, { ...unavailable, isUnavailable: false });
    expect(screen.queryByTestId('merged-banner')).toBeNull();
  });
});
