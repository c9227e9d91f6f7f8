import { useMemo, useState, type ReactElement } from 'react';
import type { Announcement, HelpArticle } from '../../../shared/incidents/incident-schemas';
import { helpApi } from '../../app/help-api';
import { formatTime, localized } from '../../app/localized';
import { navigate, pathOf } from '../../app/routes';
import { useHelpText } from '../../i18n/help-text';
import { usePublicData } from './use-public-data';

/** One announcement: status, title, body, last update. */
export function AnnouncementCard({ announcement }: { announcement: Announcement }): ReactElement {
  const { t, language } = useHelpText();
  return (
    <article className="help-card help-announcement" data-testid="help-announcement">
      <span className={`help-badge help-badge--${announcement.status}`}>
        {t(`incidentStatus.${announcement.status}`)}
      </span>
      <h3>{localized(announcement.title, language)}</h3>
      <p className="help-text">{localized(announcement.body, language)}</p>
      <p className="help-muted">{formatTime(announcement.updated_at, language)}</p>
    </article>
  );
}

/** The article variant for `language`, else English, else the first. */
function variantFor(article: HelpArticle, language: string): HelpArticle['variants'][number] | undefined {
  const byLanguage = (code: string) => article.variants.find((variant) => variant.language.startsWith(code));
  return byLanguage(language) ?? byLanguage('en') ?? article.variants[0];
}

/** The public FAQ articles, searchable, each opening in place. */
function Articles({ articles }: { articles: HelpArticle[] }): ReactElement {
  const { t, language } = useHelpText();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return articles
      .map((article) => ({ id: article.id, variant: variantFor(article, language) }))
      .filter(({ variant }) => variant !== undefined)
      .filter(
        ({ variant }) =>
          needle === '' || `${variant?.title ?? ''}\n${variant?.body ?? ''}`.toLowerCase().includes(needle),
      );
  }, [articles, language, query]);
  return (
    <>
      <input
        className="help-input"
        type="search"
        placeholder={t('home.searchArticles')}
        aria-label={t('home.searchArticles')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {shown.length === 0 && (
        <p className="help-muted">{t(articles.length === 0 ? 'home.noArticles' : 'home.noMatch')}</p>
      )}
      {shown.map(({ id, variant }) => (
        <details key={id} className="help-card help-article" data-testid="help-article">
          <summary>{variant?.title}</summary>
          <p className="help-text">{variant?.body}</p>
        </details>
      ))}
    </>
  );
}

/** The help center's front page: live announcements, the FAQ, and the way to a request. */
export function HomePage(): ReactElement {
  const { t } = useHelpText();
  const announcements = usePublicData(helpApi.announcements);
  const articles = usePublicData(helpApi.articles);
  return (
    <>
      <section aria-labelledby="help-announcements">
        <h2 id="help-announcements">{t('home.announcements')}</h2>
        {announcements.failed && <p className="help-error">{t('app.failed')}</p>}
        {announcements.value?.length === 0 && <p className="help-muted">{t('home.noAnnouncements')}</p>}
        {announcements.value?.map((announcement) => (
          <AnnouncementCard key={announcement.id} announcement={announcement} />
        ))}
      </section>
      <section aria-labelledby="help-articles">
        <h2 id="help-articles">{t('home.articles')}</h2>
        {articles.failed && <p className="help-error">{t('app.failed')}</p>}
        {articles.value !== null && <Articles articles={articles.value} />}
      </section>
      <section className="help-card help-cta">
        <h2>{t('home.stillNeedHelp')}</h2>
        <p className="help-muted">{t('home.before')}</p>
        <a
          className="help-button help-button--primary"
          data-testid="help-new-ticket"
          href={pathOf({ page: 'new' })}
          onClick={(event) => {
            event.preventDefault();
            navigate({ page: 'new' });
          }}
        >
          {t('app.newTicket')}
        </a>
      </section>
    </>
  );
}
