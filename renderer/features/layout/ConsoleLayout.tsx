import { useCallback, useState, useSyncExternalStore, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../app/console-context';
import { roleAtLeast } from '../../../shared/domain/vocabulary';
import { formatCount } from '../../i18n/format';
import { FaqLibraryPage } from '../faq/FaqLibraryPage';
import { IncidentsPage } from '../incidents/IncidentsPage';
import { MetricsPage } from '../metrics/MetricsPage';
import { ArrivalAnnouncer } from '../queue/ArrivalAnnouncer';
import { QueuePage } from '../queue/QueuePage';
import { RoutingPage } from '../routing/RoutingPage';
import { SettingsPage } from '../settings/SettingsPage';
import { pageTitle, type Page } from './navigation';
import { AccessLogPage } from '../access-log/AccessLogPage';
import { ReadAlertBanner } from '../access-log/ReadAlertBanner';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import './layout.css';

/**
 * The signed-in console: navigation on the left, the top bar, and the page. The queue page stays mounted
 * while another page shows, so its search, sort and open ticket survive a visit to Settings.
 */
export function ConsoleLayout(): ReactElement {
  const { t, i18n } = useTranslation();
  const { session, connection, store, arrivals, signOut } = useConsole();
  const [page, setPage] = useState<Page>('queue');
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const total = snapshot.tickets.length;
  const isLead = roleAtLeast(session.agent.role, 'lead');
  const ticketOf = useCallback(
    (ticketId: string) => snapshot.tickets.find((ticket) => ticket.id === ticketId),
    [snapshot],
  );
  return (
    <div className="console">
      <Sidebar
        page={page}
        onNavigate={setPage}
        queueCount={total}
        countLabel={total > 0 ? formatCount(total, i18n.language) : null}
        showMetrics={isLead}
      />
      <div className="console__main">
        <TopBar
          title={pageTitle(t, page)}
          agent={session.agent}
          connection={connection}
          onSignOut={() => signOut()}
        />
        {isLead ? <ReadAlertBanner onOpenLog={() => setPage('accessLog')} /> : null}
        <div className="console__content">
          <div className="console__page" hidden={page !== 'queue'}>
            <QueuePage isActive={page === 'queue'} />
          </div>
          {page === 'metrics' && isLead ? <MetricsPage /> : null}
          {page === 'incidents' && isLead ? <IncidentsPage /> : null}
          {page === 'routing' && isLead ? <RoutingPage /> : null}
          {page === 'accessLog' && isLead ? <AccessLogPage /> : null}
          {page === 'faq' ? <FaqLibraryPage /> : null}
          {page === 'settings' ? <SettingsPage /> : null}
        </div>
      </div>
      {/* Outside the queue page, which is hidden while another page shows: arrivals are announced anywhere. */}
      <ArrivalAnnouncer arrivals={arrivals} ticketOf={ticketOf} />
    </div>
  );
}
