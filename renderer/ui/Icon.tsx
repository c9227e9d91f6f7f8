import type { ReactElement } from 'react';

/** Names of the console's line icons (16 px, stroke follows `currentColor`). */
export type IconName =
  | 'inbox'
  | 'chart'
  | 'book'
  | 'settings'
  | 'search'
  | 'close'
  | 'logout'
  | 'ticket'
  | 'lock'
  | 'send'
  | 'clock'
  | 'sparkle'
  | 'mail'
  | 'globe'
  | 'pause';

const paths: Record<IconName, ReactElement> = {
  inbox: (
    <>
      <path d="M2.5 9.5h3l1 2h3l1-2h3" />
      <path d="M4 3.5h8l2 6v3a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1v-3z" />
    </>
  ),
  chart: (
    <>
      <path d="M2.5 13.5h11" />
      <path d="M4.5 11V7.5M8 11V4.5M11.5 11V8.5" />
    </>
  ),
  book: (
    <>
      <path d="M3 3.5A1.5 1.5 0 0 1 4.5 2H13v10H4.5A1.5 1.5 0 0 0 3 13.5z" />
      <path d="M3 13.5A1.5 1.5 0 0 0 4.5 15H13v-3" />
    </>
  ),
  settings: (
    <>
      <circle cx="8" cy="8" r="2" />
      <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" />
    </>
  ),
  search: (
    <>
      <circle cx="7" cy="7" r="4.5" />
      <path d="m10.5 10.5 3 3" />
    </>
  ),
  close: <path d="m4 4 8 8M12 4l-8 8" />,
  logout: (
    <>
      <path d="M6.5 2.5h-3a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h3" />
      <path d="M10 5l3 3-3 3M13 8H6.5" />
    </>
  ),
  ticket: (
    <>
      <path d="M2 5a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1.5a1.5 1.5 0 0 0 0 3V11a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V9.5a1.5 1.5 0 0 0 0-3z" />
      <path d="M6 4v8" strokeDasharray="1.5 1.5" />
    </>
  ),
  lock: (
    <>
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </>
  ),
  send: <path d="M2.5 8 13.5 2.5 11 13.5 8 9zM8 9l5.5-6.5" />,
  clock: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M8 5v3l2 1.5" />
    </>
  ),
  sparkle: <path d="M8 2v3M8 11v3M2 8h3M11 8h3M4 4l2 2M10 10l2 2M12 4l-2 2M6 10l-2 2" />,
  mail: (
    <>
      <rect x="2" y="3.5" width="12" height="9" rx="1" />
      <path d="m2.5 4.5 5.5 4.5 5.5-4.5" />
    </>
  ),
  globe: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M2.5 8h11M8 2.5c-2 2-2 9 0 11M8 2.5c2 2 2 9 0 11" />
    </>
  ),
  pause: <path d="M5.5 3.5v9M10.5 3.5v9" />,
};

/** A 16 px line icon; decorative (hidden from screen readers) unless the caller labels its container. */
export function Icon({ name, size = 16 }: { name: IconName; size?: number }): ReactElement {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  );
}
