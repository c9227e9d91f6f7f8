/**
 * The console's web routes (browser mode, docs/agent-day.md): `/tickets/<number>` for an open ticket and
 * `/views/<view id>` for a view (`/views/mine`, `/views/category%3Akyc`); `/` is the landing view. The
 * desktop's deep links (`support-console://tickets/<number>`) name the same routes.
 */

/** What a route names: a view, an open ticket (by number), or neither (the landing view). */
export interface QueueLocation {
  viewId: string | null;
  ticketNumber: number | null;
}

/** Ticket numbers are positive integers of at most 12 digits, without a leading zero. */
const ticketNumberPattern = /^[1-9][0-9]{0,11}$/u;
/** View ids the console makes: built-in names, `category:<key>`, `saved:<uuid>`. */
const viewIdPattern = /^[A-Za-z0-9_:.-]{1,100}$/u;

/** The location a path names; anything unknown is the landing view. */
export function parseQueuePath(pathname: string): QueueLocation {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  const [area, value] = segments;
  if (segments.length !== 2 || value === undefined) {
    return { viewId: null, ticketNumber: null };
  }
  if (area === 'tickets' && ticketNumberPattern.test(value)) {
    return { viewId: null, ticketNumber: Number(value) };
  }
  if (area === 'views') {
    let viewId: string;
    try {
      viewId = decodeURIComponent(value);
    } catch {
      return { viewId: null, ticketNumber: null };
    }
    return viewIdPattern.test(viewId) ? { viewId, ticketNumber: null } : { viewId: null, ticketNumber: null };
  }
  return { viewId: null, ticketNumber: null };
}

/** The path of a location: the open ticket's when there is one, else the view's. */
export function queuePath(location: { viewId: string; ticketNumber: number | null }): string {
  return location.ticketNumber === null
    ? `/views/${encodeURIComponent(location.viewId)}`
    : `/tickets/${location.ticketNumber}`;
}

/**
 * The link an agent copies for a ticket: the web route on the service that serves this console (browser
 * mode), or the desktop's deep link, which opens the same ticket in the app.
 */
export function ticketLink(number: number, origin: string | null): string {
  return origin === null ? `support-console://tickets/${number}` : `${origin}/tickets/${number}`;
}
