import i18next, { type TFunction } from 'i18next';
import { consoleErrorMessages, httpStatusMessage } from '../../shared/sync/outbox';

/** An error kept on an outbox entry: the console's own (English in the cache) or the service's. */
export interface OutboxError {
  code: string;
  message: string;
}

const ownCodes = Object.keys(consoleErrorMessages) as (keyof typeof consoleErrorMessages)[];

function isOwnCode(code: string): code is keyof typeof consoleErrorMessages {
  return (ownCodes as string[]).includes(code);
}

/**
 * What an outbox error says, in the agent's language. The console's own errors (no answer, a 401, a ticket
 * gone, a conflict, an error status without a body) are stored in English and shown translated; a service's
 * refusal keeps the service's text behind a translated lead-in, so the agent sees whose words they are.
 * Callers whose sentence already leads in ("The mark was not saved: …") pass `leadIn: false` and get the
 * service's text bare. `t` defaults to the console's i18next instance (for callers outside React).
 */
export function outboxErrorText(
  error: OutboxError | null | undefined,
  options: { t?: TFunction; leadIn?: boolean } = {},
): string {
  const t = options.t ?? i18next.t;
  if (!error) {
    return '';
  }
  if (isOwnCode(error.code) && error.message === consoleErrorMessages[error.code]) {
    return t(`dayTruth.errors.${error.code}`);
  }
  const status = /^http_(\d{3})$/.exec(error.code)?.[1];
  if (status !== undefined && error.message === httpStatusMessage(Number(status))) {
    return t('dayTruth.errors.httpStatus', { status });
  }
  if (error.code === 'bulk_partially_failed' && options.leadIn !== false) {
    return t('dayTruth.errors.bulkPartial', { message: error.message });
  }
  return options.leadIn === false ? error.message : t('dayTruth.errors.service', { message: error.message });
}
