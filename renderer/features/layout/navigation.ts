import type { TFunction } from 'i18next';

/** The console's top-level pages, in the order the navigation lists them. */
export const pages = ['queue', 'metrics', 'incidents', 'routing', 'accessLog', 'faq', 'settings'] as const;
/** A top-level page. */
export type Page = (typeof pages)[number];

/** A page's name in the navigation and the top bar (the Access log keeps its strings under `accessLog`). */
export function pageTitle(t: TFunction, page: Page): string {
  return page === 'accessLog' ? t('accessLog.title') : t(`nav.${page}`);
}
