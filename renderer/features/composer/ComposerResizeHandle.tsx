/* eslint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions --
   A focusable `separator` is an interactive widget in WAI-ARIA (the "window splitter" pattern): it takes the
   focus and the arrow keys. The plugin counts every separator as static. */
import { useRef, type KeyboardEvent, type PointerEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { heightForKey, maximumComposerHeight, minimumComposerHeight } from './composer-height';

/**
 * The grip above the reply box: drag it (mouse, pen or touch) or focus it and use the arrow keys, Page
 * Up/Down, Home and End to make the box taller or shorter. A `separator` in ARIA terms, with its value.
 */
export function ComposerResizeHandle({
  height,
  onResize,
}: {
  height: number;
  onResize: (height: number) => void;
}): ReactElement {
  const { t } = useTranslation();
  const drag = useRef<{ pointerId: number; startY: number; startHeight: number } | null>(null);
  const windowHeight = typeof window === 'undefined' ? 900 : window.innerHeight;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) {
      return;
    }
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { pointerId: event.pointerId, startY: event.clientY, startHeight: height };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const current = drag.current;
    if (current && current.pointerId === event.pointerId) {
      // Dragging up makes the box taller: it grows toward the thread.
      onResize(current.startHeight + (current.startY - event.clientY));
    }
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>): void => {
    if (drag.current?.pointerId === event.pointerId) {
      drag.current = null;
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = heightForKey(event.key, height, windowHeight);
    if (next !== null) {
      event.preventDefault();
      onResize(next);
    }
  };

  return (
    <div
      className="composer__resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('agentPane.resizeComposer')}
      aria-valuemin={minimumComposerHeight}
      aria-valuemax={maximumComposerHeight(windowHeight)}
      aria-valuenow={height}
      tabIndex={0}
      data-testid="composer-resize"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    >
      <span className="composer__resize-grip" aria-hidden="true" />
    </div>
  );
}
