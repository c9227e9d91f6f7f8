import { useEffect, useState } from 'react';

/** The help center's pages, from the address (`/help`, `/help/new`, `/help/tickets/<access token>`). */
export type HelpRoute = { page: 'home' } | { page: 'new' } | { page: 'ticket'; token: string };

const navigationEvent = 'help:navigate';

/** The route of `pathname`; anything unknown under /help is the home page. */
export function routeOf(pathname: string): HelpRoute {
  const ticket = /^\/help\/tickets\/([A-Za-z0-9_-]{10,200})\/?$/.exec(pathname);
  if (ticket?.[1] !== undefined) {
    return { page: 'ticket', token: ticket[1] };
  }
  if (/^\/help\/new\/?$/.test(pathname)) {
    return { page: 'new' };
  }
  return { page: 'home' };
}

/** The path of a route. */
export function pathOf(route: HelpRoute): string {
  switch (route.page) {
    case 'home':
      return '/help';
    case 'new':
      return '/help/new';
    case 'ticket':
      return `/help/tickets/${route.token}`;
  }
}

/** Goes to `route` without reloading (history entry included, so Back works on phones). */
export function navigate(route: HelpRoute): void {
  window.history.pushState(null, '', pathOf(route) + window.location.search);
  window.dispatchEvent(new Event(navigationEvent));
  window.scrollTo(0, 0);
}

/** The current route, following links and Back. */
export function useRoute(): HelpRoute {
  const [route, setRoute] = useState(() => routeOf(window.location.pathname));
  useEffect(() => {
    const update = (): void => setRoute(routeOf(window.location.pathname));
    window.addEventListener('popstate', update);
    window.addEventListener(navigationEvent, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(navigationEvent, update);
    };
  }, []);
  return route;
}
