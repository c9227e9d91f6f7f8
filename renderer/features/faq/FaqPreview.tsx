import { Fragment, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { FaqReply } from '../../../shared/domain/faq-schemas';
import type { TicketDetail } from '../../../shared/domain/schemas';
import { renderFaqBody } from '../../../shared/faq/placeholders';
import { useConsole } from '../../app/console-context';
import { formatLanguageName } from '../../i18n/format';
import { chooseVariant, placeholderMarker, promptKeyOf, promptLabel } from './faq-language';
import { placeholderValuesFor } from './faq-placeholder-values';

/** What rendering a reply for a ticket needs. */
export interface RenderContext {
  ticket: TicketDetail;
  language: string;
  interfaceLanguage: string;
  agentName: string;
  prompts: Record<string, string>;
}

/** The reply rendered in the customer's language (or its stand-in) with the ticket's values. */
export function renderChosenReply(
  reply: FaqReply,
  context: RenderContext,
): (ReturnType<typeof renderFaqBody> & { language: string; isFallback: boolean }) | null {
  const chosen = chooseVariant(reply, context.language, context.interfaceLanguage);
  if (!chosen) {
    return null;
  }
  const values = placeholderValuesFor(context.ticket, context.agentName, context.prompts);
  return {
    ...renderFaqBody(chosen.variant.body, values),
    language: chosen.variant.language,
    isFallback: chosen.isFallback,
  };
}

/** Props of the preview. */
export interface FaqPreviewProps {
  reply: FaqReply;
  ticket: TicketDetail;
  /** The customer's language. */
  language: string;
  prompts: Record<string, string>;
  onPromptChange: (key: string, value: string) => void;
  /** Enter in the last prompt input: the agent is done filling in. */
  onLastPromptEnter: () => void;
}

/**
 * The reply as the customer will read it: known values filled in, prompts as inline inputs (labelled in the
 * agent's language), unfilled placeholders highlighted. Says so when the customer's language has no variant.
 */
export function FaqPreview({
  reply,
  ticket,
  language,
  prompts,
  onPromptChange,
  onLastPromptEnter,
}: FaqPreviewProps): ReactElement | null {
  const { t, i18n } = useTranslation();
  const { session } = useConsole();
  const rendered = renderChosenReply(reply, {
    ticket,
    language,
    interfaceLanguage: i18n.language,
    agentName: session.agent.name,
    prompts,
  });
  const chosen = chooseVariant(reply, language, i18n.language);
  if (!rendered || !chosen) {
    return null;
  }
  const languageName = (tag: string): string => formatLanguageName(tag, i18n.language);

  // Only the first occurrence of a prompt is an input; later ones echo its value.
  const promptKeys: string[] = [];
  for (const segment of rendered.segments) {
    const key = segment.kind === 'placeholder' ? promptKeyOf(segment.name) : null;
    if (key !== null && !promptKeys.includes(key)) {
      promptKeys.push(key);
    }
  }
  const seen = new Set<string>();
  const onPromptKeyDown = (event: KeyboardEvent<HTMLInputElement>, key: string): void => {
    if (event.key !== 'Enter') {
      return;
    }
    event.preventDefault();
    const next = promptKeys[promptKeys.indexOf(key) + 1];
    const nextInput = next
      ? event.currentTarget
          .closest('.faq-preview')
          ?.querySelector<HTMLInputElement>(`[data-testid="faq-prompt"][data-key="${next}"]`)
      : null;
    if (nextInput) {
      nextInput.focus();
    } else {
      onLastPromptEnter();
    }
  };

  return (
    <div
      className="faq-preview"
      data-testid="faq-preview"
      data-language={rendered.language}
      lang={rendered.language}
    >
      <div className="faq-preview__title">{chosen.variant.title}</div>
      {rendered.isFallback ? (
        <p className="faq-preview__fallback" role="note">
          {t('faq.preview.fallback', {
            wanted: languageName(language),
            shown: languageName(rendered.language),
          })}
        </p>
      ) : null}
      <div className="faq-preview__body">
        {rendered.segments.map((segment, index) => {
          if (segment.kind === 'text') {
            return <Fragment key={index}>{segment.text}</Fragment>;
          }
          const key = promptKeyOf(segment.name);
          if (key !== null && !seen.has(key)) {
            seen.add(key);
            const definition = reply.prompts.find((prompt) => prompt.key === key);
            const label = definition ? promptLabel(definition, i18n.language) : key;
            return (
              <input
                key={index}
                className="faq-preview__prompt"
                data-testid="faq-prompt"
                data-key={key}
                aria-label={label}
                placeholder={label}
                size={Math.max(label.length, (prompts[key] ?? '').length, 8)}
                value={prompts[key] ?? ''}
                onChange={(event) => onPromptChange(key, event.target.value)}
                onKeyDown={(event) => onPromptKeyDown(event, key)}
              />
            );
          }
          return segment.value === null ? (
            <mark key={index} className="faq-preview__unfilled" title={t('faq.preview.unfilled')}>
              {placeholderMarker(segment.name)}
            </mark>
          ) : (
            <span key={index} className="faq-preview__value">
              {segment.value}
            </span>
          );
        })}
      </div>
      {reply.actions.status || reply.actions.priority || (reply.actions.add_tags?.length ?? 0) > 0 ? (
        <p className="faq-preview__actions">
          {t('faq.preview.actions', {
            actions: [
              reply.actions.status ? t(`status.${reply.actions.status}`) : null,
              reply.actions.priority ? t(`priority.${reply.actions.priority}`) : null,
              ...(reply.actions.add_tags ?? []).map((tag) => `#${tag}`),
            ]
              .filter((part) => part !== null)
              .join(' · '),
          })}
        </p>
      ) : null}
    </div>
  );
}
