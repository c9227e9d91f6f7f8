/**
 * Plain text from the HTML of an HTML-only mail, for the ticket's text: scripts, styles, comments and the
 * head dropped, block elements as line breaks, list items as `- `, links as `text (url)`, entities decoded,
 * every other tag removed. The result is text, never markup: the console shows it as text.
 */

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  bull: '•',
  euro: '€',
  yen: '¥',
  won: '₩',
};

/** Decodes HTML character references (named ones in common use, and every numeric one). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const isValid =
        Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return isValid ? String.fromCodePoint(code) : '\uFFFD';
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match === null ? null : (match[2] ?? match[3] ?? match[4] ?? null);
}

/** The plain text of `html` (see the module comment). */
export function htmlToText(html: string): string {
  let text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|head|title|template|noscript|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<a\b[^>]*>([\s\S]*?)<\/a\s*>/gi, (whole, inner: string) => {
      const href = attribute(whole.slice(0, whole.indexOf('>') + 1), 'href');
      const label = inner.replace(/<[^>]*>/g, '').trim();
      if (href === null || !/^(https?:|mailto:)/i.test(href.trim())) {
        return inner;
      }
      const target = decodeEntities(href.trim()).replace(/^mailto:/i, '');
      return decodeEntities(label) === target || label === '' ? target : `${inner} (${target})`;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|tr|h[1-6]|blockquote|pre|table|ul|ol|section|article|header|footer)\s*>/gi, '\n')
    .replace(/<(p|div|tr|h[1-6]|blockquote|pre|table|ul|ol|section|article|hr)\b[^>]*>/gi, '\n')
    .replace(/<\/?t[dh]\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/<[a-z/!][\s\S]*$/i, '');
  text = decodeEntities(text)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return text.trim();
}
