import type { FaqExportFormat } from '../../api/api-client';

/** The import format of a chosen file: by its extension, else its type, else by a look at the content. */
export function importFormatOf(file: { name: string; type: string }, content: string): FaqExportFormat {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') {
    return 'csv';
  }
  if (name.endsWith('.json') || file.type === 'application/json') {
    return 'json';
  }
  return /^\s*[[{]/.test(content) ? 'json' : 'csv';
}

/** Offers `content` as a file download (browser and desktop alike: an anchor with `download`). */
export function downloadText(content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The click starts the download synchronously; the URL can go once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
