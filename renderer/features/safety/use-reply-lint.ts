import { useDeferredValue, useMemo } from 'react';
import { lintReply, type ReplyFinding } from '../../../shared/safety/reply-lint';
import { useOfficialDomains } from './use-official-domains';

/**
 * The reply lint of a draft as the agent types (`shared/safety/reply-lint.ts`, the function the service
 * runs before storing a reply), against the official domains in force. Deferred, so long drafts never slow
 * typing. An empty body (a note) has no findings.
 */
export function useReplyLint(body: string): ReplyFinding[] {
  const domains = useOfficialDomains();
  const deferred = useDeferredValue(body);
  return useMemo(
    () => (deferred.trim() === '' ? [] : lintReply(deferred, domains?.effective ?? [])),
    [deferred, domains],
  );
}
