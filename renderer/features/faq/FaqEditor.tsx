import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { FaqReply } from '../../../shared/domain/faq-schemas';
import { ticketPriorities, ticketStatuses } from '../../../shared/domain/vocabulary';
import { knownPlaceholderNames } from '../../../shared/faq/placeholders';
import { isApiError } from '../../api/api-error';
import { useConsole } from '../../app/console-context';
import { emptyForm, formFromReply, inputFromForm, type FaqForm } from './faq-editor-model';
import { describeFaqProblem } from './faq-problem';
import { useFaqLibraryStore } from './faq-library-store';

/** The languages a new reply starts with (the issue asks for ko, en and zh at least). */
export const defaultLanguages = ['ko', 'en', 'zh'] as const;

/** Props of the editor. */
export interface FaqEditorProps {
  /** The reply shown, or null for a new one. */
  reply: FaqReply | null;
  /** Leads edit; agents see the same form read-only. */
  canEdit: boolean;
  onSaved: (reply: FaqReply) => void;
  onCancel: () => void;
}

/**
 * The form of one reply: folder, keywords, categories, a title and text per language, prompts (key and a
 * label per language), the actions applied on send, "retired", and "public" (a help-center article). Saving sends the reply's version, so a
 * colleague's edit in between is refused instead of overwritten.
 */
export function FaqEditor({ reply, canEdit, onSaved, onCancel }: FaqEditorProps): ReactElement {
  const { t, i18n } = useTranslation();
  const { api, categories, lookups } = useConsole();
  const library = useFaqLibraryStore();
  const [form, setForm] = useState<FaqForm>(() =>
    reply ? formFromReply(reply) : emptyForm(defaultLanguages),
  );
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = (patch: Partial<FaqForm>): void => {
    setForm((current) => ({ ...current, ...patch }));
  };
  const promptLanguages = [
    ...new Set(form.variants.map((variant) => variant.language.trim()).filter(Boolean)),
  ];

  const save = async (): Promise<void> => {
    setIsSaving(true);
    setError(null);
    const input = inputFromForm(form);
    try {
      let saved = reply
        ? await api.updateFaqReply(reply.id, input, reply.version)
        : await api.createFaqReply(input);
      // Publishing is its own call: the reply's version-checked input stays the agents' macro.
      if (form.isPublic !== (saved.public ?? false)) {
        await api.setFaqPublic(saved.id, form.isPublic);
        saved = { ...saved, public: form.isPublic };
      }
      library?.upsert(saved);
      if (form.isPublic !== (reply?.public ?? false)) {
        // A refetch that the save's own `faq.updated` started may have read the reply before it was published
        // and land after the upsert above; one more fetch, after it, makes the library end on the service's copy.
        void library?.refresh();
      }
      onSaved(saved);
    } catch (failure) {
      if (isApiError(failure) && failure.code === 'version_conflict') {
        void library?.refresh();
      }
      setError(describeFaqProblem(failure, input, t, i18n.language));
    } finally {
      setIsSaving(false);
    }
  };

  const heading = !canEdit
    ? t('faq.editor.viewTitle')
    : reply
      ? t('faq.editor.editTitle')
      : t('faq.editor.newTitle');
  return (
    <form
      className="faq-editor"
      aria-label={heading}
      data-testid="faq-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 className="faq-editor__heading">{heading}</h2>
      <fieldset className="faq-editor__fields" disabled={!canEdit || isSaving}>
        <label className="field">
          <span className="field__label">{t('faq.editor.folder')}</span>
          <input
            className="input"
            data-testid="faq-editor-folder"
            value={form.folder}
            onChange={(event) => update({ folder: event.target.value })}
          />
          <span className="faq-editor__hint">{t('faq.editor.folderHint')}</span>
        </label>
        <label className="field">
          <span className="field__label">{t('faq.editor.keywords')}</span>
          <input
            className="input"
            value={form.keywords}
            onChange={(event) => update({ keywords: event.target.value })}
          />
          <span className="faq-editor__hint">{t('faq.editor.keywordsHint')}</span>
        </label>
        <fieldset className="faq-editor__group">
          <legend className="field__label">{t('faq.editor.categories')}</legend>
          <div className="faq-editor__checks">
            {categories.map((category) => (
              <label key={category.key} className="faq-editor__check">
                <input
                  type="checkbox"
                  checked={form.categories.includes(category.key)}
                  onChange={(event) =>
                    update({
                      categories: event.target.checked
                        ? [...form.categories, category.key]
                        : form.categories.filter((key) => key !== category.key),
                    })
                  }
                />
                {lookups.categoryName(category.key)}
              </label>
            ))}
          </div>
          <span className="faq-editor__hint">{t('faq.editor.categoriesHint')}</span>
        </fieldset>
        <fieldset className="faq-editor__group">
          <legend className="field__label">{t('faq.editor.variants')}</legend>
          {form.variants.map((variant, index) => {
            const setVariant = (patch: Partial<typeof variant>): void =>
              update({
                variants: form.variants.map((item, at) => (at === index ? { ...item, ...patch } : item)),
              });
            return (
              <div key={index} className="faq-editor__variant" data-testid="faq-editor-variant">
                <div className="faq-editor__row">
                  <label className="field faq-editor__language">
                    <span className="field__label">{t('faq.editor.language')}</span>
                    <input
                      className="input"
                      value={variant.language}
                      onChange={(event) => setVariant({ language: event.target.value })}
                    />
                  </label>
                  <label className="field faq-editor__grow">
                    <span className="field__label">{t('faq.editor.title')}</span>
                    <input
                      className="input"
                      lang={variant.language}
                      value={variant.title}
                      onChange={(event) => setVariant({ title: event.target.value })}
                    />
                  </label>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    disabled={form.variants.length <= 1}
                    onClick={() => update({ variants: form.variants.filter((_, at) => at !== index) })}
                  >
                    {t('faq.editor.removeVariant')}
                  </button>
                </div>
                <label className="field">
                  <span className="field__label">{t('faq.editor.body')}</span>
                  <textarea
                    className="textarea"
                    rows={5}
                    lang={variant.language}
                    value={variant.body}
                    onChange={(event) => setVariant({ body: event.target.value })}
                  />
                </label>
              </div>
            );
          })}
          <span className="faq-editor__hint">
            {t('faq.editor.bodyHint', {
              placeholders: [...knownPlaceholderNames, 'prompt.…'].map((name) => `{{${name}}}`).join(', '),
            })}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => update({ variants: [...form.variants, { language: '', title: '', body: '' }] })}
          >
            {t('faq.editor.addVariant')}
          </button>
        </fieldset>
        <fieldset className="faq-editor__group">
          <legend className="field__label">{t('faq.editor.prompts')}</legend>
          {form.prompts.map((prompt, index) => {
            const setPrompt = (patch: Partial<typeof prompt>): void =>
              update({
                prompts: form.prompts.map((item, at) => (at === index ? { ...item, ...patch } : item)),
              });
            return (
              <div key={index} className="faq-editor__row faq-editor__prompt">
                <label className="field">
                  <span className="field__label">{t('faq.editor.promptKey')}</span>
                  <input
                    className="input"
                    value={prompt.key}
                    onChange={(event) => setPrompt({ key: event.target.value })}
                  />
                </label>
                {promptLanguages.map((language) => (
                  <label key={language} className="field faq-editor__grow">
                    <span className="field__label">{t('faq.editor.promptLabel', { language })}</span>
                    <input
                      className="input"
                      lang={language}
                      value={prompt.label[language] ?? ''}
                      onChange={(event) =>
                        setPrompt({ label: { ...prompt.label, [language]: event.target.value } })
                      }
                    />
                  </label>
                ))}
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => update({ prompts: form.prompts.filter((_, at) => at !== index) })}
                >
                  {t('faq.editor.removePrompt')}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="button button--small"
            onClick={() => update({ prompts: [...form.prompts, { key: '', label: {} }] })}
          >
            {t('faq.editor.addPrompt')}
          </button>
        </fieldset>
        <fieldset className="faq-editor__group">
          <legend className="field__label">{t('faq.editor.actions')}</legend>
          <div className="faq-editor__row">
            <label className="field">
              <span className="field__label">{t('faq.editor.status')}</span>
              <select
                className="select"
                value={form.status}
                onChange={(event) => update({ status: event.target.value as FaqForm['status'] })}
              >
                <option value="">{t('faq.editor.noChange')}</option>
                {ticketStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">{t('faq.editor.priority')}</span>
              <select
                className="select"
                value={form.priority}
                onChange={(event) => update({ priority: event.target.value as FaqForm['priority'] })}
              >
                <option value="">{t('faq.editor.noChange')}</option>
                {ticketPriorities.map((priority) => (
                  <option key={priority} value={priority}>
                    {t(`priority.${priority}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field faq-editor__grow">
              <span className="field__label">{t('faq.editor.tags')}</span>
              <input
                className="input"
                value={form.tags}
                onChange={(event) => update({ tags: event.target.value })}
              />
            </label>
          </div>
        </fieldset>
        <label className="faq-editor__check">
          <input
            type="checkbox"
            data-testid="faq-editor-retired"
            checked={form.retired}
            onChange={(event) => update({ retired: event.target.checked })}
          />
          {t('faq.editor.retired')}
        </label>
        <label className="faq-editor__check">
          <input
            type="checkbox"
            data-testid="faq-editor-public"
            checked={form.isPublic}
            onChange={(event) => update({ isPublic: event.target.checked })}
          />
          {t('faq.editor.public')}
        </label>
        <span className="faq-editor__hint">{t('faq.editor.publicHint')}</span>
      </fieldset>
      {error ? (
        <div className="alert" role="alert" data-testid="faq-editor-error">
          {error}
        </div>
      ) : null}
      {canEdit ? (
        <div className="faq-editor__actions">
          <span className="faq-editor__spacer" />
          <button type="button" className="button" disabled={isSaving} onClick={onCancel}>
            {t('faq.editor.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            data-testid="faq-editor-save"
            disabled={isSaving}
          >
            {isSaving ? t('faq.editor.saving') : t('faq.editor.save')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
