import type { Plugin } from 'vite';

/**
 * In development Vite injects an inline hot-reload preamble that the page's strict meta CSP would block, so
 * the dev server drops the meta tag (the desktop shell's CSP header, relaxed for dev only, still applies).
 * Builds keep the tag. Used by both `renderer/vite.config.ts` and `electron.vite.config.ts`.
 */
export function dropMetaContentSecurityPolicyInDevelopment(): Plugin {
  return {
    name: 'support-console:drop-meta-csp-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, '');
    },
  };
}
