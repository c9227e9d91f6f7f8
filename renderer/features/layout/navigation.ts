/** The console's top-level pages, in the order the navigation lists them. */
export const pages = ['queue', 'metrics', 'incidents', 'routing', 'faq', 'settings'] as const;
/** A top-level page. */
export type Page = (typeof pages)[number];
