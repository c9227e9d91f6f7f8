import { useEffect, useState } from 'react';
import type { IntakePreview, IntakePreviewRequest } from '../../../shared/incidents/incident-schemas';
import { helpApi } from '../../app/help-api';

/** Quiet time after the last keystroke before the form asks the service. */
const debounceMs = 400;

/**
 * The service's guidance for the form as typed (`POST /api/intake/preview`), asked 400 ms after the
 * customer stops typing; an answer to an older version of the form is dropped (its request aborted).
 * Null until the first answer; a failed preview keeps the last answer (the form works without it).
 */
export function useIntakePreview(form: IntakePreviewRequest): IntakePreview | null {
  const [preview, setPreview] = useState<IntakePreview | null>(null);
  const key = JSON.stringify(form);
  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      helpApi
        .preview(JSON.parse(key) as IntakePreviewRequest, controller.signal)
        .then(setPreview, () => undefined);
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key]);
  return preview;
}
