import { useState, type FormEvent, type ReactElement } from 'react';
import { isApiError } from '../../../renderer/api/api-error';
import { defaultCategories, type SupportedLanguage } from '../../../shared/domain/vocabulary';
import type { IntakeReceipt } from '../../../shared/domain/workflow-schemas';
import { helpApi } from '../../app/help-api';
import { useHelpText, type HelpKey } from '../../i18n/help-text';
import { readAttachments } from './files';
import { AddedToExisting, AnnouncementSuggestions, ExistingTicketNotice, MissingItems } from './FormGuidance';
import { Submitted } from './Submitted';
import { useIntakePreview } from './use-intake-preview';

interface FormState {
  email: string;
  name: string;
  category: string;
  subject: string;
  body: string;
  occurredAt: string;
  device: string;
}

const emptyForm: FormState = {
  email: '',
  name: '',
  category: '',
  subject: '',
  body: '',
  occurredAt: '',
  device: '',
};

/** The `occurred_at` of a `datetime-local` value, in the device's zone; absent when empty or invalid. */
function occurredAt(value: string): string | undefined {
  const time = value === '' ? Number.NaN : new Date(value).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function failureKey(error: unknown): HelpKey {
  if (error instanceof RangeError || (isApiError(error) && error.status === 413)) {
    return 'form.tooLarge';
  }
  return isApiError(error) && error.status === 429 ? 'form.rateLimited' : 'app.failed';
}

/**
 * The ticket form: category, subject, description, time, device and files, guided as the customer types
 * (what the category still needs, the announcement that may answer, their open ticket on the same problem),
 * then the receipt.
 */
export function TicketFormPage(): ReactElement {
  const { t, language } = useHelpText();
  const [form, setForm] = useState<FormState>(emptyForm);
  const [files, setFiles] = useState<File[]>([]);
  const [isSending, setIsSending] = useState(false);
  const [failure, setFailure] = useState<HelpKey | null>(null);
  const [receipt, setReceipt] = useState<IntakeReceipt | null>(null);
  const [addedTo, setAddedTo] = useState<number | null>(null);
  const preview = useIntakePreview({
    requester: { email: form.email, locale: language },
    category: form.category === '' ? null : form.category,
    subject: form.subject,
    body: form.body,
    ...(occurredAt(form.occurredAt) ? { occurred_at: occurredAt(form.occurredAt) } : {}),
    ...(form.device ? { device: form.device } : {}),
    attachments: files.map((file) => ({ name: file.name, type: file.type })),
  });
  if (receipt !== null) {
    return <Submitted receipt={receipt} />;
  }
  if (addedTo !== null) {
    return <AddedToExisting number={addedTo} />;
  }
  const field = (key: keyof FormState) => ({
    value: form[key],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value }),
  });

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setIsSending(true);
    setFailure(null);
    try {
      const attachments = await readAttachments(files);
      const when = occurredAt(form.occurredAt);
      setReceipt(
        await helpApi.submit({
          requester: {
            email: form.email,
            locale: language satisfies SupportedLanguage,
            ...(form.name ? { name: form.name } : {}),
          },
          ...(form.category ? { category: form.category } : {}),
          subject: form.subject,
          body: form.body,
          ...(when ? { occurred_at: when } : {}),
          ...(form.device ? { device: form.device } : {}),
          ...(attachments.length > 0 ? { attachments } : {}),
        }),
      );
      window.scrollTo(0, 0);
    } catch (error) {
      setFailure(failureKey(error));
    } finally {
      setIsSending(false);
    }
  }

  /** Adds the subject and description (and files) to the customer's open ticket instead of a new one. */
  async function addToExisting(number: number): Promise<void> {
    setIsSending(true);
    setFailure(null);
    try {
      const attachments = await readAttachments(files);
      const body = form.subject.trim() === '' ? form.body : `${form.subject.trim()}\n\n${form.body}`;
      await helpApi.addToExisting({
        ticket_number: number,
        body,
        ...(attachments.length > 0 ? { attachments } : {}),
      });
      setAddedTo(number);
      window.scrollTo(0, 0);
    } catch (error) {
      setFailure(failureKey(error));
    } finally {
      setIsSending(false);
    }
  }

  return (
    <form className="help-form" onSubmit={(event) => void submit(event)} data-testid="help-form">
      <h2>{t('form.title')}</h2>
      <p className="help-warning" role="note">
        {t('form.secretsWarning')}
      </p>
      <label>
        {t('form.email')}
        <input
          className="help-input"
          type="email"
          required
          autoComplete="email"
          data-testid="help-email"
          {...field('email')}
        />
      </label>
      <label>
        {t('form.name')}
        <input className="help-input" autoComplete="name" {...field('name')} />
      </label>
      <label>
        {t('form.category')}
        <select className="help-input" data-testid="help-category" {...field('category')}>
          <option value="">{t('form.categoryPlaceholder')}</option>
          {defaultCategories.map((category) => (
            <option key={category} value={category}>
              {t(`form.categories.${category}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('form.subject')}
        <input
          className="help-input"
          required
          maxLength={500}
          data-testid="help-subject"
          {...field('subject')}
        />
      </label>
      <label>
        {t('form.body')}
        <textarea
          className="help-input"
          required
          rows={6}
          data-testid="help-body"
          placeholder={t('form.bodyHint')}
          {...field('body')}
        />
      </label>
      {preview?.existing_ticket && (
        <ExistingTicketNotice
          number={preview.existing_ticket.number}
          isAdding={isSending}
          {...(form.body.trim() === ''
            ? {}
            : { onAdd: () => void addToExisting(preview.existing_ticket?.number ?? 0) })}
        />
      )}
      {preview && <AnnouncementSuggestions announcements={preview.announcements} />}
      {preview && <MissingItems missing={preview.missing} />}
      <label>
        {t('form.occurredAt')}
        <input className="help-input" type="datetime-local" {...field('occurredAt')} />
      </label>
      <label>
        {t('form.device')}
        <input className="help-input" placeholder={t('form.devicePlaceholder')} {...field('device')} />
      </label>
      <label>
        {t('form.attachments')}
        <input
          className="help-input"
          type="file"
          multiple
          accept="image/*,video/*,application/pdf,text/plain"
          onChange={(event) => setFiles([...(event.target.files ?? [])].slice(0, 10))}
        />
      </label>
      {failure && (
        <p className="help-error" role="alert">
          {t(failure)}
        </p>
      )}
      <button
        className="help-button help-button--primary"
        type="submit"
        disabled={isSending}
        data-testid="help-submit"
      >
        {t(isSending ? 'form.submitting' : 'form.submit')}
      </button>
    </form>
  );
}
