import { describe, expect, it } from 'vitest';
import { findDeepLinkInArgv, parseDeepLink } from '../../../electron/main/deep-link';

describe('parseDeepLink', () => {
  it.each([
    ['support-console://ticket/123', 123],
    ['support-console://ticket/1', 1],
    ['support-console://ticket/123/', 123],
    // The web route's form (`/tickets/<number>`), which "Copy link" gives in the app.
    ['support-console://tickets/2942', 2942],
    ['SUPPORT-CONSOLE://Ticket/77', 77],
    ['support-console://ticket/999999999999', 999_999_999_999],
  ])('accepts %s', (url, number) => {
    expect(parseDeepLink(url)).toEqual({ kind: 'ticket', number });
  });

  it.each([
    ['an empty string', ''],
    ['another scheme', 'https://ticket/123'],
    ['a look-alike scheme', 'support-consoles://ticket/123'],
    ['no slashes', 'support-console:ticket/123'],
    ['another host', 'support-console://views/123'],
    ['no number', 'support-console://ticket/'],
    ['no path', 'support-console://ticket'],
    ['zero', 'support-console://ticket/0'],
    ['a negative number', 'support-console://ticket/-5'],
    ['a plus sign', 'support-console://ticket/+5'],
    ['a decimal', 'support-console://ticket/1.5'],
    ['an exponent', 'support-console://ticket/1e3'],
    ['hex', 'support-console://ticket/0x10'],
    ['a leading zero', 'support-console://ticket/0123'],
    ['too many digits', 'support-console://ticket/1234567890123'],
    ['extra segments', 'support-console://ticket/123/delete'],
    ['path traversal', 'support-console://ticket/../admin/1'],
    ['a query', 'support-console://ticket/123?redirect=https://evil.example'],
    ['a fragment', 'support-console://ticket/123#x'],
    ['credentials', 'support-console://user:pass@ticket/123'],
    ['a port', 'support-console://ticket:80/123'],
    ['percent-escapes', 'support-console://ticket/%31%32'],
    ['an encoded slash', 'support-console://ticket%2F123'],
    ['a script', 'support-console://ticket/<script>alert(1)</script>'],
    ['javascript', 'javascript:alert(1)//support-console://ticket/1'],
    ['whitespace', ' support-console://ticket/1'],
    ['a newline', 'support-console://ticket/1\n'],
    ['a NUL byte', 'support-console://ticket/1\0'],
    ['a backslash', 'support-console:\\\\ticket\\1'],
    ['a command-line flag', '--inspect=9229'],
    ['a very long URL', `support-console://ticket/${'1'.repeat(300)}`],
  ])('rejects %s', (_name, url) => {
    expect(parseDeepLink(url)).toBeNull();
  });
});

describe('findDeepLinkInArgv', () => {
  it('finds the link among the arguments Windows passes', () => {
    expect(
      findDeepLinkInArgv([
        'C:\\Apps\\Support Console.exe',
        '--allow-file-access-from-files',
        'support-console://ticket/55',
      ]),
    ).toEqual({ kind: 'ticket', number: 55 });
  });

  it('returns null without a valid link', () => {
    expect(findDeepLinkInArgv(['Support Console.exe'])).toBeNull();
    expect(findDeepLinkInArgv(['Support Console.exe', 'support-console://ticket/abc'])).toBeNull();
  });
});
