import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { FaqReply } from '../../../shared/domain/faq-schemas';
import type { TicketDetail } from '../../../shared/domain/schemas';
import { promptValuesFromChecklist } from '../../../shared/faq/checklist-prompts';
import { rankFaqForTicket } from '../../../shared/faq/ranking';
import { createFaqSearch } from '../../../shared/faq/search';
import { useConsole } from '../../app/console-context';
import { Icon } from '../../ui/Icon';
import { useFaqLibrary } from './faq-library-store';
import { chooseVariant, customerLanguage } from './faq-language';
import { faqFolderPath } from './folder-name';
import { FaqPreview, renderChosenReply } from './FaqPreview';
import './faq.css';

/** What the picker hands the composer when the agent inserts a reply. */
export interface FaqInsertion {
  reply: FaqReply;
  /** The variant's language. */
  language: string;
  /** The rendered text; unfilled placeholders stay as `{{…}}`. */
  text: string;
}

/** Props of the picker. */
export interface FaqPickerProps {
  ticket: TicketDetail;
  onInsert: (insertion: FaqInsertion) => void;
  /** Esc, or the agent left the picker: the composer takes the focus back. */
  onClose: () => void;
}

const resultLimit = 12;

/**
 * The canned-reply picker of the composer: before any query, the replies ranked for this ticket; typing
 * searches titles, keywords and bodies in every language. Arrow keys move, Enter chooses (then fills the
 * prompts, Enter again inserts), Esc closes. The preview shows the reply in the customer's language with
 * the ticket's real values.
 */
export function FaqPicker({ ticket, onInsert, onClose }: FaqPickerProps): ReactElement {
  const { t, i18n } = useTranslation();
  const { session } = useConsole();
  const library = useFaqLibrary();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  // Prompts start from what the checklist found (the TxID, the amount…); the agent can change them.
  const foundValues = useMemo(() => promptValuesFromChecklist(ticket.checklist), [ticket.checklist]);
  const [prompts, setPrompts] = useState<Record<string, string>>(foundValues);
  const searchInput = useRef<HTMLInputElement | null>(null);
  const preview = useRef<HTMLDivElement | null>(null);
  const listId = useId();
  const language = customerLanguage(ticket, i18n.language);

  const activeReplies = useMemo(() => library.replies.filter((reply) => !reply.retired), [library.replies]);
  const search = useMemo(() => createFaqSearch(activeReplies), [activeReplies]);
  const suggestions = useMemo(
    () =>
      rankFaqForTicket(
        activeReplies,
        { subject: ticket.subject, body: ticket.body, category: ticket.category, language },
        { limit: resultLimit },
      ),
    [activeReplies, ticket.subject, ticket.body, ticket.category, language],
  );
  const isSearching = query.trim().length > 0;
  const results = useMemo(
    () => (isSearching ? search.search(query, { language, limit: resultLimit }) : suggestions),
    [isSearching, search, query, language, suggestions],
  );
  const active = results[Math.min(activeIndex, results.length - 1)]?.reply ?? null;

  useEffect(() => {
    searchInput.current?.focus();
  }, []);

  const insert = (reply: FaqReply | null): void => {
    if (!reply) {
      return;
    }
    const rendered = renderChosenReply(reply, {
      ticket,
      language,
      interfaceLanguage: i18n.language,
      agentName: session.agent.name,
      prompts,
    });
    if (rendered) {
      onInsert({ reply, language: rendered.language, text: rendered.text });
    }
  };

  const choose = (reply: FaqReply | null): void => {
    const firstPrompt = preview.current?.querySelector<HTMLInputElement>('[data-testid="faq-prompt"]');
    if (firstPrompt) {
      // The reply asks for values only the agent knows: fill them first, Enter in the last one inserts.
      firstPrompt.focus();
      return;
    }
    insert(reply);
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex(
          (index) => (Math.min(index, results.length - 1) + step + results.length) % results.length,
        );
        setPrompts(foundValues);
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    }
  };

  return (
    // Escape on the dialog itself closes it: the ARIA dialog pattern.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="faq-picker"
      role="dialog"
      aria-label={t('faq.picker.label')}
      data-testid="faq-picker"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="faq-picker__search">
        <Icon name="search" size={14} />
        <input
          ref={searchInput}
          className="faq-picker__input"
          data-testid="faq-search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active ? `${listId}-${active.id}` : undefined}
          aria-label={t('faq.picker.search')}
          placeholder={t('faq.picker.searchPlaceholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
            setPrompts(foundValues);
          }}
          onKeyDown={onSearchKeyDown}
        />
        <span className="faq-picker__hint">{t('faq.picker.keys')}</span>
      </div>
      <div className="faq-picker__body">
        <div className="faq-picker__results">
          <div className="faq-picker__heading">
            {isSearching ? t('faq.picker.results') : t('faq.picker.suggested')}
            {library.source === 'cache' && library.error ? (
              <span className="faq-picker__offline">{t('faq.picker.offline')}</span>
            ) : null}
          </div>
          <ul className="faq-picker__list" id={listId} role="listbox" aria-label={t('faq.picker.results')}>
            {results.map(({ reply }, index) => {
              const chosen = chooseVariant(reply, language, i18n.language);
              const isActive = reply.id === active?.id;
              return (
                // The search box drives this listbox by keyboard (aria-activedescendant, arrows, Enter); a click
                // is the mouse's way to the same choice.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={reply.id}
                  id={`${listId}-${reply.id}`}
                  role="option"
                  aria-selected={isActive}
                  className={`faq-picker__option${isActive ? ' faq-picker__option--active' : ''}`}
                  data-testid="faq-option"
                  data-reply-id={reply.id}
                  data-language={chosen?.variant.language ?? ''}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    setActiveIndex(index);
                    setPrompts(foundValues);
                    searchInput.current?.focus();
                  }}
                  onDoubleClick={() => insert(reply)}
                >
                  <span className="faq-picker__title">{chosen?.variant.title ?? reply.id}</span>
                  {reply.folder ? (
                    <span className="faq-picker__folder">{faqFolderPath(reply.folder, t)}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {results.length === 0 ? (
            <p className="faq-picker__empty">
              {library.isLoading && library.replies.length === 0
                ? t('faq.picker.loading')
                : isSearching
                  ? t('faq.picker.noResults')
                  : t('faq.picker.noSuggestions')}
            </p>
          ) : null}
        </div>
        <div className="faq-picker__preview" ref={preview}>
          {active ? (
            <FaqPreview
              key={active.id}
              reply={active}
              ticket={ticket}
              language={language}
              prompts={prompts}
              onPromptChange={(key, value) => setPrompts((current) => ({ ...current, [key]: value }))}
              onLastPromptEnter={() => insert(active)}
            />
          ) : null}
        </div>
      </div>
      <div className="faq-picker__footer">
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('faq.picker.close')}
        </button>
        <button
          type="button"
          className="button button--primary button--small"
          data-testid="faq-insert"
          disabled={!active}
          onClick={() => insert(active)}
        >
          {t('faq.picker.insert')}
        </button>
      </div>
    </div>
  );
}
