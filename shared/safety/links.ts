import { parse as parseHost } from 'tldts';
import type { LinkWarning } from '../domain/schemas';
import { confusableSkeleton, isMixedScriptLabel } from './confusables';

/**
 * Links that look like phishing, measured against the exchange's official domains: the registrable domain
 * (`tldts`, the Public Suffix List) of each link's host, read with the WHATWG URL parser, must be an
 * official one or a subdomain of it. Anything else is flagged with the first reason that applies:
 * `mixed_script` (a label mixes Latin with Cyrillic, Greek or Armenian letters), `punycode` (an
 * internationalized host, written as `xn--` or in Unicode), `lookalike` (its confusable skeleton, UTS #39,
 * equals an official domain's, is within a small edit distance of it, or carries an official name in
 * another domain, as in `upbit-support.com` or `upbit.com.example.io`), else `not_official`.
 * Without official domains, only `mixed_script` and `punycode` can be said.
 */

/** Why a link was flagged. */
export type LinkWarningReason = LinkWarning['reason'];

/** A link found in text: as written, where, and its host as written and as the URL parser reads it. */
export interface FoundLink {
  /** The link exactly as written (trailing sentence punctuation left out). */
  url: string;
  start: number;
  end: number;
  /** The host as written in the text (may hold Unicode letters). */
  writtenHost: string;
  /** The host as the WHATWG URL parser reads it: lower case, internationalized labels as `xn--`. */
  host: string;
}

/** The WHATWG URL parser: a global of every runtime the console and service run on (shared/ has no DOM types). */
const WhatwgUrl = (globalThis as unknown as { URL: new (input: string) => { hostname: string } }).URL;

/** http(s) URLs, as the console's thread linkifies them (`renderer/features/ticket/safe-content.ts`). */
export const httpUrlPattern = /\bhttps?:\/\/[^\s<>"'`\u3000]+/giu;
/**
 * Host names written without a scheme: labels ending in an ASCII top-level domain. Only Latin, Greek,
 * Cyrillic and Armenian letters make up labels, so a host written between Chinese or Korean words with no
 * space ("访问upbit-support.com登录") is still found.
 */
const bareHostPattern =
  /(?<![a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0530-\u058f@._/-])((?:[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0530-\u058f-]+\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]+))(?![a-z0-9@-])(\/[^\s<>"'`\u3000]*)?/giu;
/** Punctuation that ends a sentence rather than the URL before it. */
const trailingPunctuation = /[.,;:!?)\]}'"。，、！？）】」』]+$/u;
/** Top-level domains that are also file extensions customers write ("photo.zip"): never read as hosts bare. */
const fileExtensionTlds = new Set(['zip', 'mov', 'doc', 'txt', 'pdf', 'png', 'jpg']);

function hostOf(url: string): string | null {
  try {
    const host = new WhatwgUrl(url).hostname;
    return host === '' ? null : host.replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** The host part of a URL as written: between `//` and the first `/`, `?`, `#` or `:` (user info dropped). */
function writtenHostOf(url: string): string {
  const afterScheme = url.replace(/^[a-z]+:\/\//i, '');
  const authority = afterScheme.split(/[/?#]/u)[0] ?? '';
  return (authority.split('@').pop() ?? '').split(':')[0]?.toLowerCase() ?? '';
}

/**
 * Every link in `text`: http(s) URLs, and host names written without a scheme (`www.example.com`,
 * `upbit-support.com/login`) whose ending is a real top-level domain. E-mail addresses are not links.
 */
export function findLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  const taken: [number, number][] = [];
  for (const match of text.matchAll(httpUrlPattern)) {
    const url = match[0].replace(trailingPunctuation, '');
    const host = hostOf(url);
    if (host !== null) {
      links.push({
        url,
        start: match.index,
        end: match.index + url.length,
        writtenHost: writtenHostOf(url),
        host,
      });
      taken.push([match.index, match.index + match[0].length]);
    }
  }
  for (const match of text.matchAll(bareHostPattern)) {
    const start = match.index;
    if (taken.some(([from, to]) => start >= from && start < to)) {
      continue;
    }
    const url = match[0].replace(trailingPunctuation, '');
    const writtenHost = (match[1] ?? '').toLowerCase();
    const suffix = writtenHost.split('.').pop() ?? '';
    const host = hostOf(`http://${writtenHost}`);
    const parsed = host === null ? null : parseHost(host);
    if (
      host === null ||
      parsed?.domain === null ||
      parsed?.isIcann !== true ||
      fileExtensionTlds.has(suffix)
    ) {
      continue;
    }
    links.push({ url, start, end: start + url.length, writtenHost, host });
  }
  return links.sort((left, right) => left.start - right.start);
}

/**
 * Official domains from a comma-separated list (`OFFICIAL_DOMAINS=upbit.com,upbit.co.kr`): trimmed, lower
 * case, a leading `*.` or `www.` dropped, read as hosts, each once.
 */
export function parseOfficialDomains(value: string | readonly string[]): string[] {
  const entries = typeof value === 'string' ? value.split(',') : value;
  const domains: string[] = [];
  for (const entry of entries) {
    const trimmed = entry
      .trim()
      .toLowerCase()
      .replace(/^\*\./, '')
      .replace(/^www\./, '');
    const host = trimmed === '' ? null : hostOf(`http://${trimmed}`);
    if (host !== null && !domains.includes(host)) {
      domains.push(host);
    }
  }
  return domains;
}

/** Levenshtein distance between two short strings, stopping early past `limit`. */
function editDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) {
    return limit + 1;
  }
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    let best = row;
    for (let column = 1; column <= right.length; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      const value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) {
      return limit + 1;
    }
    previous = current;
  }
  return previous[right.length] ?? limit + 1;
}

/** The edit distance at or under which a domain name reads as an official one: 1 up to 5 letters, else 2. */
function lookalikeDistance(name: string): number {
  return name.length <= 5 ? 1 : 2;
}

function isOfficialHost(host: string, officialDomains: readonly string[]): boolean {
  return officialDomains.some((official) => host === official || host.endsWith(`.${official}`));
}

/** True when `host` imitates one of the official domains (see the module's comment). */
function isLookalike(host: string, writtenHost: string, officialDomains: readonly string[]): boolean {
  const parsed = parseHost(host);
  const name = parsed.domainWithoutSuffix ?? host;
  const nameSkeleton = confusableSkeleton(parseHost(writtenHost).domainWithoutSuffix ?? name);
  const hostSkeleton = confusableSkeleton(writtenHost);
  return officialDomains.some((official) => {
    const officialName = parseHost(official).domainWithoutSuffix ?? official;
    const officialSkeleton = confusableSkeleton(officialName);
    return (
      // upbit.co, upb1t.com, upbіt.com (Cyrillic і), upbitt.com
      editDistance(nameSkeleton, officialSkeleton, lookalikeDistance(officialSkeleton)) <=
        lookalikeDistance(officialSkeleton) ||
      // upbit-support.com, upbit.com.example.io, login-upbit.net: the official name inside another domain
      hostSkeleton.split(/[.-]/u).includes(officialSkeleton) ||
      hostSkeleton.includes(confusableSkeleton(official))
    );
  });
}

/** Why a link to `link` is suspicious measured against `officialDomains`, or null when it is fine. */
export function assessLink(
  link: Pick<FoundLink, 'host' | 'writtenHost'>,
  officialDomains: readonly string[],
): LinkWarningReason | null {
  if (isOfficialHost(link.host, officialDomains)) {
    return null;
  }
  if (link.writtenHost.split('.').some(isMixedScriptLabel)) {
    return 'mixed_script';
  }
  const isInternationalized =
    link.host.split('.').some((label) => label.startsWith('xn--')) || /[^\p{ASCII}]/u.test(link.writtenHost);
  if (isInternationalized) {
    return 'punycode';
  }
  if (officialDomains.length === 0) {
    return null;
  }
  return isLookalike(link.host, link.writtenHost, officialDomains) ? 'lookalike' : 'not_official';
}

/** The flagged links of `text`, each URL once, in order of first appearance. */
export function linkWarnings(text: string, officialDomains: readonly string[]): LinkWarning[] {
  const warnings: LinkWarning[] = [];
  for (const link of findLinks(text)) {
    const reason = assessLink(link, officialDomains);
    if (reason !== null && !warnings.some((warning) => warning.url === link.url)) {
      warnings.push({ url: link.url, reason });
    }
  }
  return warnings;
}
