import { useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketChannel } from '../../../shared/domain/vocabulary';
import type { InboundMailView, OutboundMailView, TicketMail } from '../../../shared/mail/wire-schemas';
import { useConsole } from '../../app/console-context';
import { Icon } from '../../ui/Icon';
import './mail.css';

/**
 * The channel a ticket came by: an envelope for e-mail, a globe for the web form, labelled for screen
 * readers and on hover. `testId` tells one place's icon from another's (the queue row's, the pane's).
 */
export function ChannelIcon({
  channel,
  testId = 'channel-icon',
}: {
  channel: TicketChannel;
  testId?: string;
}): ReactElement {
  const { t } = useTranslation();
  const label = t(channel === 'email' ? 'mail.channel.email' : 'mail.channel.web');
  return (
    <span
      className={`mail-channel mail-channel--${channel}`}
      title={label}
      data-testid={testId}
      data-channel={channel}
    >
      <Icon name={channel === 'email' ? 'mail' : 'globe'} size={14} />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** The requester's and CCs' addresses, with a warning on one that bounced. */
export function MailAddresses({ mail }: { mail: TicketMail }): ReactElement | null {
  const { t } = useTranslation();
  if (mail.addresses.length === 0) {
    return null;
  }
  return (
    <ul className="mail-addresses" aria-label={t('mail.addresses')}>
      {mail.addresses.map((entry) => (
        <li
          key={entry.address}
          className={entry.is_failing ? 'mail-address mail-address--failing' : 'mail-address'}
        >
          <span className="mail-address__role">{t(entry.role === 'cc' ? 'mail.cc' : 'mail.to')}</span>{' '}
          <span>{entry.address}</span>
          {entry.is_failing ? (
            <span className="mail-badge mail-badge--danger" data-testid="mail-address-failing">
              {t('mail.bouncing')}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** What a received mail adds to its message: channel, sender authentication, CCs, the original. */
function InboundInfo({ inbound }: { inbound: InboundMailView }): ReactElement {
  const { t } = useTranslation();
  const { api } = useConsole();
  const [original, setOriginal] = useState<string | null>(null);
  const [isOpen, setOpen] = useState(false);
  const toggle = (): void => {
    setOpen((open) => !open);
    if (original === null) {
      api.originalMail(inbound.id).then(
        (answer) => setOriginal(answer.original),
        () => setOriginal(t('mail.originalUnavailable')),
      );
    }
  };
  return (
    <div className="mail-info" data-testid="mail-inbound">
      <ChannelIcon channel="email" />
      {inbound.authentication?.unverified_sender ? (
        <span
          className="mail-badge mail-badge--danger"
          data-testid="mail-unverified"
          title={inbound.authentication.summary}
        >
          {t('mail.unverified')}
        </span>
      ) : null}
      {inbound.authentication ? (
        <span className="mail-info__auth" data-testid="mail-auth" title={inbound.authentication.summary}>
          {t('mail.auth.summary', {
            spf: inbound.authentication.spf,
            dkim: inbound.authentication.dkim,
            dmarc: inbound.authentication.dmarc,
          })}
        </span>
      ) : null}
      {inbound.cc.length > 0 ? (
        <span className="mail-info__cc" data-testid="mail-cc">
          {t('mail.ccList', { addresses: inbound.cc.join(', ') })}
        </span>
      ) : null}
      {inbound.notes.map((note) => (
        <span key={note} className="mail-info__note">
          {note}
        </span>
      ))}
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={toggle}
        aria-expanded={isOpen}
        data-testid="mail-show-original"
      >
        {t(isOpen ? 'mail.hideOriginal' : 'mail.showOriginal')}
      </button>
      {isOpen ? (
        <pre className="mail-original" data-testid="mail-original">
          {inbound.is_raw_masked ? `${t('mail.originalMasked')}\n\n` : ''}
          {original ?? t('mail.loading')}
        </pre>
      ) : null}
    </div>
  );
}

/** The delivery state of a mail the service sends, with a retry when it was not delivered. */
function OutboundInfo({
  outbound,
  onRetried,
}: {
  outbound: OutboundMailView;
  onRetried: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const { api } = useConsole();
  const [isRetrying, setRetrying] = useState(false);
  const isFailed = outbound.state === 'failed' || outbound.state === 'bounced';
  const retry = (): void => {
    setRetrying(true);
    api.retryMail(outbound.id).then(
      () => {
        setRetrying(false);
        onRetried();
      },
      () => setRetrying(false),
    );
  };
  return (
    <div className="mail-info" data-testid="mail-delivery" data-state={outbound.state}>
      <ChannelIcon channel="email" />
      <span
        className={isFailed ? 'mail-badge mail-badge--danger' : 'mail-badge'}
        title={outbound.last_error ?? ''}
      >
        {t(`mail.delivery.${outbound.state}`)}
      </span>
      <span className="mail-info__cc">{t('mail.toAddress', { address: outbound.recipient })}</span>
      {isFailed ? (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={retry}
          disabled={isRetrying}
          data-testid="mail-retry"
        >
          {t('mail.retry')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * What each thread entry shows of its mail, by entry id (the opening entry's id for the mail that opened the
 * ticket): received mail's authentication, CCs and original; replies' delivery state. Empty for web tickets.
 */
export function mailExtrasByEntry(
  mail: TicketMail | null,
  openingEntryId: string,
  onChanged: () => void,
): ReadonlyMap<string, ReactNode> {
  const extras = new Map<string, ReactNode>();
  if (mail === null) {
    return extras;
  }
  for (const inbound of mail.inbound) {
    extras.set(inbound.message_id ?? openingEntryId, <InboundInfo key={inbound.id} inbound={inbound} />);
  }
  const acknowledgement = mail.outbound.find((entry) => entry.kind === 'acknowledgement');
  if (acknowledgement !== undefined && !extras.has(openingEntryId)) {
    extras.set(openingEntryId, <OutboundInfo outbound={acknowledgement} onRetried={onChanged} />);
  }
  for (const outbound of mail.outbound) {
    if (outbound.message_id !== null) {
      extras.set(
        outbound.message_id,
        <OutboundInfo key={outbound.id} outbound={outbound} onRetried={onChanged} />,
      );
    }
  }
  return extras;
}
