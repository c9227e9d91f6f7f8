import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentSummary } from '../../../shared/domain/schemas';
import { useConsole } from '../../app/console-context';
import { Icon } from '../../ui/Icon';
import { SafeContent } from './SafeContent';

/** `1536` → "1.5 KB". */
export function formatBytes(size: number): string {
  return size < 1024
    ? `${size} B`
    : size < 1024 * 1024
      ? `${(size / 1024).toFixed(1)} KB`
      : `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** Whether the console shows an attachment as a picture (the service serves these inline). */
export function isImageAttachment(attachment: AttachmentSummary): boolean {
  return attachment.type.startsWith('image/');
}

/** Fetches an attachment's bytes with the agent's token (an <img src> or a plain link cannot send it). */
async function fetchAttachment(baseUrl: string, token: string, attachmentId: string): Promise<Blob> {
  const response = await fetch(`${baseUrl}/api/attachments/${encodeURIComponent(attachmentId)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return response.blob();
}

/**
 * An image attachment as a `blob:` URL, or null while loading or after a failure; the URL is revoked when
 * the view goes away, so the bytes do not outlive the thread.
 */
function useImageUrl(attachmentId: string, isImage: boolean): { url: string | null; failed: boolean } {
  const { api, session } = useConsole();
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  useEffect(() => {
    if (!isImage) {
      return undefined;
    }
    let objectUrl: string | null = null;
    let isCurrent = true;
    fetchAttachment(api.baseUrl, session.token, attachmentId)
      .then((blob) => {
        if (isCurrent) {
          objectUrl = URL.createObjectURL(blob);
          setState({ url: objectUrl, failed: false });
        }
      })
      .catch(() => {
        if (isCurrent) {
          setState({ url: null, failed: true });
        }
      });
    return () => {
      isCurrent = false;
      if (objectUrl !== null) {
        URL.revokeObjectURL(objectUrl);
      }
    };
  }, [api.baseUrl, session.token, attachmentId, isImage]);
  return state;
}

/** The attachments of one message: image thumbnails (click to enlarge) and other files to download. */
export function AttachmentList({
  attachments,
}: {
  attachments: readonly AttachmentSummary[];
}): ReactElement | null {
  const { t } = useTranslation();
  if (attachments.length === 0) {
    return null;
  }
  return (
    <ul className="message-attachments" aria-label={t('ticket.attachments')}>
      {attachments.map((attachment) => (
        <AttachmentItem key={attachment.id} attachment={attachment} />
      ))}
    </ul>
  );
}

function AttachmentItem({ attachment }: { attachment: AttachmentSummary }): ReactElement {
  const { t } = useTranslation();
  const { api, session } = useConsole();
  const isImage = isImageAttachment(attachment);
  const { url, failed } = useImageUrl(attachment.id, isImage);
  const [isPreviewOpen, setIsPreviewOpen] = useState(false);
  const [downloadFailed, setDownloadFailed] = useState(false);

  const download = async (): Promise<void> => {
    setDownloadFailed(false);
    try {
      const objectUrl = URL.createObjectURL(await fetchAttachment(api.baseUrl, session.token, attachment.id));
      const link = document.createElement('a');
      link.href = objectUrl;
      link.download = attachment.name;
      link.click();
      // The browser has started the download by the next task; the URL is not needed after that.
      setTimeout(() => URL.revokeObjectURL(objectUrl), 0);
    } catch {
      setDownloadFailed(true);
    }
  };

  return (
    <li className="message-attachment" data-testid="attachment" data-attachment-id={attachment.id}>
      {isImage ? (
        <button
          type="button"
          className="message-attachment__thumbnail"
          data-testid="attachment-thumbnail"
          aria-label={t('ticket.previewAttachment', { name: attachment.name })}
          disabled={!url}
          onClick={() => setIsPreviewOpen(true)}
        >
          {url ? (
            <img src={url} alt={attachment.name} />
          ) : (
            <span className="message-attachment__placeholder">
              {failed ? t('ticket.attachmentFailed') : '…'}
            </span>
          )}
        </button>
      ) : (
        <button
          type="button"
          className="message-attachment__file"
          data-testid="attachment-download"
          onClick={() => void download()}
        >
          <Icon name="book" size={14} />
          {downloadFailed ? t('ticket.attachmentFailed') : t('ticket.download')}
        </button>
      )}
      <span className="message-attachment__text">
        <SafeContent as="span" className="message-attachment__name" text={attachment.name} />
        <span className="message-attachment__size">{formatBytes(attachment.size)}</span>
      </span>
      {isPreviewOpen && url ? (
        // A full-screen picture: a click anywhere or Escape closes it (the dialog takes focus for Escape).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <div
          className="attachment-preview"
          role="dialog"
          aria-modal="true"
          aria-label={attachment.name}
          data-testid="attachment-preview"
          tabIndex={-1}
          ref={(element) => element?.focus()}
          onClick={() => setIsPreviewOpen(false)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setIsPreviewOpen(false);
            }
          }}
        >
          <img src={url} alt={attachment.name} />
          <SafeContent as="span" className="attachment-preview__caption" text={attachment.name} />
        </div>
      ) : null}
    </li>
  );
}
