import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

/**
 * The one way customer-provided text becomes HTML in the console. The text is escaped (so markup shows as
 * the characters the customer typed), newlines become <br>, http(s) URLs become links that open outside
 * the console without referrer or opener, and the result passes DOMPurify with an allowlist of exactly
 * <a href target rel> and <br>. A payload such as `<img src=x onerror=…>` therefore displays as text and
 * runs nothing; the console's CSP (no inline script) is the second wall.
 */

/** Matches http(s) URLs in plain text; a URL ends at whitespace, angle brackets or quotes. */
const urlPattern = /\bhttps?:\/\/[^\s<>"'`\u3000]+/giu;
/** Punctuation that ends a sentence rather than the URL before it. */
const trailingPunctuation = /[.,;:!?)\]}'"。，、！？）】」』]+$/u;
/** Link attributes every link gets, whatever the input said. */
const linkRel = 'noopener noreferrer nofollow';

const purifyConfig: Config = {
  ALLOWED_TAGS: ['a', 'br'],
  ALLOWED_ATTR: ['href', 'target', 'rel'],
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
};

let purifier: Purifier | null = null;

/** A DOMPurify instance of our own (hooks stay local), created on first use. */
function getPurifier(): Purifier {
  if (!purifier) {
    purifier = DOMPurify(window);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = node.getAttribute('href') ?? '';
        if (!/^https?:\/\//i.test(href)) {
          node.removeAttribute('href');
        }
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', linkRel);
      }
    });
  }
  return purifier;
}

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => {
    switch (character) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&#39;';
    }
  });
}

/** A URL candidate as an http(s) URL, or null when it is not one. */
function parseHttpUrl(candidate: string): URL | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Escaped HTML of `text` with http(s) URLs as links and newlines as <br> (not yet sanitized). A URL in
 * `flaggedLinks` (the ticket's `link_warnings`: URL as written → why, in the agent's language) stays plain
 * text followed by its reason, so a phishing link is never one click away.
 */
export function linkifyText(text: string, flaggedLinks?: ReadonlyMap<string, string>): string {
  let html = '';
  let position = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const candidate = match[0].replace(trailingPunctuation, '');
    const url = parseHttpUrl(candidate);
    if (!url || candidate.length === 0) {
      continue;
    }
    html += escapeHtml(text.slice(position, start));
    const flagged = flaggedLinks?.get(candidate);
    if (flagged !== undefined) {
      html += escapeHtml(`${candidate} [⚠ ${flagged}]`);
      position = start + candidate.length;
      continue;
    }
    html += `<a href="${escapeHtml(url.href)}" target="_blank" rel="${linkRel}">${escapeHtml(candidate)}</a>`;
    position = start + candidate.length;
  }
  html += escapeHtml(text.slice(position));
  return html.replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Safe HTML for customer-provided text (ticket bodies, messages, subjects, names): escaped, linkified,
 * newlines as <br>, sanitized with a tight allowlist. Render the result with dangerouslySetInnerHTML.
 */
export function renderCustomerContent(text: string, flaggedLinks?: ReadonlyMap<string, string>): string {
  // The wrapper (not allowlisted, so DOMPurify unwraps it) makes the first node an element: some DOM
  // implementations (happy-dom, used by the unit tests) drop a leading text node while sanitizing.
  return getPurifier().sanitize(`<span>${linkifyText(text, flaggedLinks)}</span>`, {
    ...purifyConfig,
    RETURN_TRUSTED_TYPE: false,
  });
}
