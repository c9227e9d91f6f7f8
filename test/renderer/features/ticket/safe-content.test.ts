import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  linkifyText,
  renderCustomerContent,
} from '../../../../renderer/features/ticket/safe-content';

/** Parses rendered HTML the way the browser will, for inspection. */
function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

const payloads = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 1">',
  '<a href="javascript:window.__xss=1">click me</a>',
  '<svg onload="window.__xss = 1"><circle r="5"/></svg>',
  '"><iframe src="javascript:parent.__xss=1"></iframe>',
  '<b onmouseover="window.__xss=1">Deposit</b>',
  '<style>body{display:none}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<a href="https://example.com" onclick="alert(1)">x</a>',
  'javascript:alert(1)',
  '<form action="https://evil.example"><input name=a></form>',
];

describe('renderCustomerContent', () => {
  it.each(payloads)('shows %s as text and leaves no markup that could run', (payload) => {
    const element = parse(renderCustomerContent(payload));
    expect(element.textContent).toBe(payload);
    expect(element.querySelectorAll('script, img, svg, iframe, style, form, input, math, b')).toHaveLength(0);
    for (const node of Array.from(element.querySelectorAll('*'))) {
      expect(['A', 'BR']).toContain(node.tagName);
      for (const attribute of Array.from(node.attributes)) {
        expect(['href', 'target', 'rel']).toContain(attribute.name);
      }
    }
    expect(element.querySelectorAll('a[href^="javascript:" i]')).toHaveLength(0);
  });

  it('turns newlines into line breaks', () => {
    const element = parse(renderCustomerContent('first line\nsecond line\r\nthird'));
    expect(element.querySelectorAll('br')).toHaveLength(2);
    expect(element.textContent).toBe('first linesecond linethird');
  });

  it('links http(s) URLs to open outside, without opener or referrer', () => {
    const element = parse(renderCustomerContent('See https://status.example.com/incidents?id=1&x=2. Thanks'));
    const link = element.querySelector('a');
    expect(link).not.toBeNull();
    expect(link?.getAttribute('href')).toBe('https://status.example.com/incidents?id=1&x=2');
    expect(link?.textContent).toBe('https://status.example.com/incidents?id=1&x=2');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(element.textContent).toBe('See https://status.example.com/incidents?id=1&x=2. Thanks');
  });

  it('does not link other schemes or URLs hidden inside markup', () => {
    const element = parse(
      renderCustomerContent('ftp://files.example.com and <a href="https://evil.example">x</a>'),
    );
    const links = Array.from(element.querySelectorAll('a'));
    // Only the text URL inside the (escaped) tag is linked; the tag itself shows as text.
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://evil.example/']);
    expect(element.textContent).toContain('<a href="');
  });

  it('keeps Korean and Chinese text and every character as typed', () => {
    const text = '출금이 안 됩니다 & 提现未到账 <3 "quoted" \'single\'';
    expect(parse(renderCustomerContent(text)).textContent).toBe(text);
  });
});

describe('escapeHtml and linkifyText', () => {
  it('escapes the HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });

  it('leaves trailing sentence punctuation outside the link', () => {
    expect(linkifyText('(see https://example.com/a).')).toBe(
      '(see <a href="https://example.com/a" target="_blank" rel="noopener noreferrer nofollow">https://example.com/a</a>).',
    );
  });
});

describe('flagged links', () => {
  it('shows a flagged link as text with its reason, and other links as links', () => {
    const html = renderCustomerContent(
      'Log in at https://upbit-support.com/verify or https://upbit.com/login.',
      new Map([['https://upbit-support.com/verify', 'imitates an official domain']]),
    );
    const container = document.createElement('div');
    container.innerHTML = html;
    const links = [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['https://upbit.com/login']);
    expect(container.textContent).toContain(
      'https://upbit-support.com/verify [⚠ imitates an official domain]',
    );
  });
});
