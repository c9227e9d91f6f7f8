import { useMemo, type ReactElement } from 'react';
import { renderCustomerContent } from './safe-content';

/** Props of SafeContent. */
export interface SafeContentProps {
  text: string;
  className?: string;
  as?: 'div' | 'span' | 'h2';
  testId?: string;
}

/** Customer-provided text rendered through safe-content (escaped, linkified, sanitized). */
export function SafeContent({ text, className, as = 'div', testId }: SafeContentProps): ReactElement {
  const html = useMemo(() => ({ __html: renderCustomerContent(text) }), [text]);
  const Element = as;
  return <Element className={className} data-testid={testId} dangerouslySetInnerHTML={html} />;
}
