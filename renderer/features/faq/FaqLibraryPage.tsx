import { useMemo, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { FaqImportResult, FaqReply } from '../../../shared/domain/faq-schemas';
import { roleAtLeast } from '../../../shared/domain/vocabulary';
import type { FaqExportFormat } from '../../api/api-client';
import { useConsole } from '../../app/console-context';
import { useFaqLibrary, useFaqLibraryStore } from './faq-library-store';
import { downloadText, importFormatOf } from './faq-files';
import { chooseVariant } from './faq-language';
import { FaqEditor } from './FaqEditor';
import { faqFolderName } from './folder-name';
import { buildFolderTree, isInFolder, type FolderNode } from './folder-tree';
import './faq-library.css';

/** What the editor pane shows: nothing, a new reply, or one reply by id. */
type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'reply'; id: string };

/**
 * The FAQ library: the folder tree, the replies of the chosen folder, and the chosen reply's form. Leads
 * create, edit, retire, import and export; agents browse it read-only.
 */
export function FaqLibraryPage(): ReactElement {
  const { t, i18n } = useTranslation();
  const { api, session } = useConsole();
  const library = useFaqLibrary();
  const store = useFaqLibraryStore();
  const canEdit = roleAtLeast(session.agent.role, 'lead');
  const [folder, setFolder] = useState('');
  const [filter, setFilter] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [selection, setSelectionState] = useState<Selection>({ kind: 'none' });
  const [savedId, setSavedId] = useState<string | null>(null);
  const setSelection = (next: Selection): void => {
    setSelectionState(next);
    setSavedId(null);
  };
  const [importResult, setImportResult] = useState<FaqImportResult | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);

  const visible = useMemo(
    () => library.replies.filter((reply) => showRetired || !reply.retired),
    [library.replies, showRetired],
  );
  const tree = useMemo(
    () => buildFolderTree(visible, i18n.language, (level) => faqFolderName(level, t)),
    [visible, i18n.language, t],
  );
  const titleOf = (reply: FaqReply): string =>
    chooseVariant(reply, i18n.language, i18n.language)?.variant.title ?? reply.id;
  const needle = filter.trim().toLowerCase();
  const listed = visible
    .filter((reply) => isInFolder(reply, folder))
    .filter(
      (reply) =>
        needle === '' ||
        reply.variants.some((variant) => variant.title.toLowerCase().includes(needle)) ||
        reply.keywords.some((keyword) => keyword.toLowerCase().includes(needle)),
    )
    .sort((left, right) => titleOf(left).localeCompare(titleOf(right), i18n.language));
  const selected =
    selection.kind === 'reply' ? (library.replies.find((reply) => reply.id === selection.id) ?? null) : null;

  const exportAs = async (format: FaqExportFormat): Promise<void> => {
    setFileError(null);
    try {
      const content = await api.exportFaq(format);
      downloadText(content, `faq-library.${format}`, format === 'csv' ? 'text/csv' : 'application/json');
    } catch (failure) {
      setFileError(
        t('faq.library.exportFailed', {
          message: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    }
  };

  const importFile = async (file: File): Promise<void> => {
    setFileError(null);
    setImportResult(null);
    let content: string;
    try {
      content = await file.text();
    } catch {
      setFileError(t('faq.library.unreadableFile'));
      return;
    }
    try {
      const result = await api.importFaq(content, importFormatOf(file, content));
      setImportResult(result);
      void store?.refresh();
    } catch (failure) {
      setFileError(
        t('faq.library.importFailed', {
          message: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    }
  };

  const renderFolder = (node: FolderNode): ReactElement => (
    <li key={node.path}>
      <button
        type="button"
        className={`faq-library__folder${folder === node.path ? ' faq-library__folder--active' : ''}`}
        aria-current={folder === node.path ? 'true' : undefined}
        data-testid="faq-folder"
        onClick={() => setFolder(node.path)}
      >
        <span>{node.label}</span>
        <span className="faq-library__count">{node.count}</span>
      </button>
      {node.children.length > 0 ? (
        <ul className="faq-library__tree">{node.children.map(renderFolder)}</ul>
      ) : null}
    </li>
  );

  return (
    <div className="faq-library" data-testid="faq-library">
      <div className="faq-library__toolbar">
        <input
          className="input faq-library__filter"
          type="search"
          aria-label={t('faq.library.filter')}
          placeholder={t('faq.library.filter')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <label className="faq-library__toggle">
          <input
            type="checkbox"
            checked={showRetired}
            onChange={(event) => setShowRetired(event.target.checked)}
          />
          {t('faq.library.showRetired')}
        </label>
        <span className="faq-library__spacer" />
        {canEdit ? (
          <>
            <button
              type="button"
              className="button button--primary"
              data-testid="faq-new"
              onClick={() => setSelection({ kind: 'new' })}
            >
              {t('faq.library.newReply')}
            </button>
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              {t('faq.library.import')}
            </button>
            <input
              ref={fileInput}
              type="file"
              hidden
              data-testid="faq-import-file"
              aria-label={t('faq.library.importLabel')}
              accept=".json,.csv,application/json,text/csv"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) {
                  void importFile(file);
                }
              }}
            />
            <button type="button" className="button" onClick={() => void exportAs('json')}>
              {t('faq.library.exportJson')}
            </button>
            <button type="button" className="button" onClick={() => void exportAs('csv')}>
              {t('faq.library.exportCsv')}
            </button>
          </>
        ) : null}
      </div>
      {!canEdit ? <p className="faq-library__note">{t('faq.library.readOnly')}</p> : null}
      {library.error && library.replies.length === 0 ? (
        <div className="alert" role="alert">
          {t('faq.library.loadFailed', { message: library.error })}
        </div>
      ) : null}
      {fileError ? (
        <div className="alert" role="alert" data-testid="faq-file-error">
          {fileError}
        </div>
      ) : null}
      {importResult ? (
        <div className="faq-library__import" role="status" data-testid="faq-import-result">
          <p>
            {t('faq.library.imported', {
              imported: String(importResult.imported),
              updated: String(importResult.updated),
            })}
          </p>
          {importResult.errors.length > 0 ? (
            <>
              <p className="faq-library__import-errors">
                {t('faq.library.importErrors', { count: importResult.errors.length })}
              </p>
              <ul>
                {importResult.errors.map((error) => (
                  <li key={error.index}>
                    {t('faq.library.importRow', { index: String(error.index + 1), message: error.message })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      <div className="faq-library__panes">
        <nav className="faq-library__folders" aria-label={t('faq.library.folders')}>
          <ul className="faq-library__tree">
            <li>
              <button
                type="button"
                className={`faq-library__folder${folder === '' ? ' faq-library__folder--active' : ''}`}
                aria-current={folder === '' ? 'true' : undefined}
                onClick={() => setFolder('')}
              >
                <span>{t('faq.library.allFolders')}</span>
                <span className="faq-library__count">{visible.length}</span>
              </button>
            </li>
            {tree.map(renderFolder)}
          </ul>
        </nav>
        <ul className="faq-library__list" aria-label={t('faq.picker.results')}>
          {listed.map((reply) => (
            <li key={reply.id}>
              <button
                type="button"
                className={`faq-library__item${selected?.id === reply.id ? ' faq-library__item--active' : ''}`}
                data-testid="faq-library-item"
                data-reply-id={reply.id}
                aria-current={selected?.id === reply.id ? 'true' : undefined}
                onClick={() => setSelection({ kind: 'reply', id: reply.id })}
              >
                <span className="faq-library__title">{titleOf(reply)}</span>
                <span className="faq-library__meta">
                  {reply.retired ? (
                    <span className="faq-library__retired">{t('faq.library.retired')}</span>
                  ) : null}
                  {reply.public ? (
                    <span className="faq-library__public" data-testid="faq-library-public">
                      {t('faq.library.public')}
                    </span>
                  ) : null}
                  {t('faq.library.languages', {
                    languages: reply.variants.map((variant) => variant.language).join(', '),
                  })}
                  {' · '}
                  {t('faq.library.usage', { count: reply.usage_count })}
                </span>
              </button>
            </li>
          ))}
          {listed.length === 0 ? <li className="faq-library__empty">{t('faq.library.empty')}</li> : null}
        </ul>
        <div className="faq-library__editor">
          {savedId !== null && savedId === selected?.id ? (
            <p className="faq-editor__notice" role="status" data-testid="faq-saved">
              {t('faq.editor.saved')}
            </p>
          ) : null}
          {selection.kind === 'new' || selected ? (
            <FaqEditor
              // Keyed by reply, not version: the form keeps what the lead typed across their own saves.
              key={selected ? selected.id : 'new'}
              reply={selected}
              canEdit={canEdit}
              onSaved={(saved) => {
                setSelectionState({ kind: 'reply', id: saved.id });
                setSavedId(saved.id);
              }}
              onCancel={() => setSelection({ kind: 'none' })}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
