import type { CSSProperties } from 'react';

/**
 * Chart colors as CSS custom properties (metrics.css defines them from the theme tokens with light-dark()),
 * so every chart follows the light and dark themes without re-rendering.
 */
export const chartColors = {
  incoming: 'var(--chart-incoming)',
  solved: 'var(--chart-solved)',
  firstResponse: 'var(--chart-first-response)',
  firstResponseSoft: 'var(--chart-first-response-soft)',
  resolution: 'var(--chart-resolution)',
  resolutionSoft: 'var(--chart-resolution-soft)',
  bar: 'var(--chart-bar)',
  grid: 'var(--color-border)',
  axis: 'var(--color-text-muted)',
} as const;

/** Status colors of the stacked backlog bars: the status pills' text colors. */
export function statusColor(status: string): string {
  return `var(--status-${status}-text)`;
}

/** Axis ticks in the theme's muted text at the small font size. */
export const axisTick = { fill: chartColors.axis, fontSize: 11 } as const;

/** The tooltip box on the raised surface of the current theme. */
export const tooltipStyle: CSSProperties = {
  background: 'var(--color-surface-raised)',
  border: '1px solid var(--color-border)',
  borderRadius: 6,
  color: 'var(--color-text)',
  fontSize: 12,
};
