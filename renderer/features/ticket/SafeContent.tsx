import { useMemo, type ReactElement } from 'react';
import { renderCustomerContent } from './safe-content';

/** Props of SafeContent. */
export interface SafeContentProps {
  text: string;
  className?: string;
  as?: 'div' | 'span' | 'h2';
  testId?: string;
  /** Links shown as text with their reason instead of as links (URL as written → reason). */
  flaggedLinks?: ReadonlyMap<string, string>;
}

/** Customer-provided text rendered through safe-content (escaped, linkified, sanitized). */
export function SafeContent({
  text,
  className,
  as = 'div',
  testId,
  flaggedLinks,
}: SafeContentProps): ReactElement {
  const html = useMemo(() => ({ __html: renderCustomerContent(text, flaggedLinks) }), [text, flaggedLinks]);
  const Element = as;
  return <Element className={className} data-testid={testId} dangerouslySetInnerHTML={html} />;
}
