import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../ui/Icon';
import { pageTitle, type Page } from './navigation';

const items: readonly { page: Page; icon: IconName }[] = [
  { page: 'queue', icon: 'inbox' },
  { page: 'metrics', icon: 'chart' },
  { page: 'incidents', icon: 'clock' },
  { page: 'routing', icon: 'sparkle' },
  { page: 'accessLog', icon: 'lock' },
  { page: 'faq', icon: 'book' },
  { page: 'settings', icon: 'settings' },
];

/** The pages only leads and admins see. */
const leadPages: ReadonlySet<Page> = new Set<Page>(['metrics', 'incidents', 'routing', 'accessLog']);

/** Props of the left navigation. */
export interface SidebarProps {
  page: Page;
  onNavigate: (page: Page) => void;
  /** Tickets in the queue, shown beside "Queue". */
  queueCount: number | null;
  countLabel: string | null;
  /** Whether Metrics is listed: the dashboard is for leads and admins. */
  showMetrics?: boolean;
}

/** The left navigation: Queue, Metrics, FAQ library, Settings. */
export function Sidebar({ page, onNavigate, countLabel, showMetrics = false }: SidebarProps): ReactElement {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          <Icon name="inbox" size={15} />
        </span>
        <span className="sidebar__name">{t('app.name')}</span>
      </div>
      <ul className="sidebar__list">
        {items
          // Metrics, Incidents, Routing and the Access log are for leads and admins.
          .filter((item) => !leadPages.has(item.page) || showMetrics)
          .map((item) => (
            <li key={item.page}>
              <button
                type="button"
                className={`sidebar__item${item.page === page ? ' sidebar__item--active' : ''}`}
                aria-current={item.page === page ? 'page' : undefined}
                data-testid={`nav-${item.page}`}
                onClick={() => onNavigate(item.page)}
              >
                <Icon name={item.icon} />
                <span className="sidebar__label">{pageTitle(t, item.page)}</span>
                {item.page === 'queue' && countLabel ? (
                  <span className="sidebar__count">{countLabel}</span>
                ) : null}
              </button>
            </li>
          ))}
      </ul>
    </nav>
  );
}
