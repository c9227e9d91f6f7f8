import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Metrics, ResponseTimesRow } from '../../../shared/domain/metrics-schemas';
import { isPartialBucket } from '../../../shared/metrics/flow-buckets';
import { axisTick, chartColors, statusColor, tooltipStyle } from './chart-theme';
import { toHours } from './metrics-range';

/** The open statuses, in the order the stacked backlog bars show them. */
const backlogStatuses = ['new', 'open', 'awaiting_customer', 'on_hold'] as const;

const chartHeight = 240;

/** Incoming against solved tickets per bucket. */
export function FlowChart({ metrics, language }: { metrics: Metrics; language: string }): ReactElement {
  const { t } = useTranslation();
  const format = new Intl.DateTimeFormat(
    language,
    metrics.range.bucket === 'hour'
      ? { hour: '2-digit', minute: '2-digit' }
      : { month: 'short', day: 'numeric' },
  );
  const { from, to, bucket } = metrics.range;
  const data = metrics.flow.map((point) => {
    const isPartial = isPartialBucket(point.at, bucket, from, to);
    const label = format.format(new Date(point.at));
    return { ...point, isPartial, label: isPartial ? t('metrics.partialBucket', { label }) : label };
  });
  // A bucket only partly inside the range (the day the range starts in, the day still running) gets a hollow
  // point, and the lines are straight: smoothing would draw its lower count as a slope into a real drop.
  const dot = (props: { cx?: number; cy?: number; index?: number; stroke?: string }): ReactElement => {
    const point = props.index === undefined ? undefined : data[props.index];
    return point?.isPartial && props.cx !== undefined && props.cy !== undefined ? (
      <circle
        key={props.index}
        cx={props.cx}
        cy={props.cy}
        r={4}
        fill="var(--color-surface)"
        stroke={props.stroke}
        strokeWidth={2}
        strokeDasharray="2 2"
      />
    ) : (
      <g key={props.index} />
    );
  };
  return (
    <ResponsiveContainer width="100%" height={chartHeight}>
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={chartColors.grid} vertical={false} />
        <XAxis dataKey="label" tick={axisTick} stroke={chartColors.grid} minTickGap={16} />
        <YAxis allowDecimals={false} tick={axisTick} stroke={chartColors.grid} />
        <Tooltip contentStyle={tooltipStyle} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <Line
          type="linear"
          dataKey="incoming"
          name={t('metrics.series.incoming')}
          stroke={chartColors.incoming}
          strokeWidth={2}
          dot={dot}
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="solved"
          name={t('metrics.series.solved')}
          stroke={chartColors.solved}
          strokeWidth={2}
          dot={dot}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Open tickets per category, stacked by status. */
export function BacklogCategoryChart(props: {
  metrics: Metrics;
  categoryLabel: (key: string | null) => string;
}): ReactElement {
  const { t } = useTranslation();
  const rows = new Map<string, Record<string, number | string>>();
  for (const row of props.metrics.backlog.by_category_status) {
    const label = props.categoryLabel(row.category);
    const entry = rows.get(label) ?? { label };
    entry[row.status] = row.count;
    rows.set(label, entry);
  }
  const data = [...rows.values()];
  return (
    <ResponsiveContainer width="100%" height={Math.max(chartHeight, data.length * 28 + 60)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
        <CartesianGrid stroke={chartColors.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={axisTick} stroke={chartColors.grid} />
        <YAxis type="category" dataKey="label" width={140} tick={axisTick} stroke={chartColors.grid} />
        <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--color-hover)' }} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {backlogStatuses.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            stackId="status"
            name={t(`status.${status}`)}
            fill={statusColor(status)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Open tickets per age bucket. */
export function BacklogAgeChart({ metrics }: { metrics: Metrics }): ReactElement {
  const { t } = useTranslation();
  const data = metrics.backlog.by_age.map((row) => ({
    label: t(`metrics.ages.${row.age}`),
    count: row.count,
  }));
  return (
    <ResponsiveContainer width="100%" height={chartHeight}>
      <BarChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={chartColors.grid} vertical={false} />
        <XAxis dataKey="label" tick={axisTick} stroke={chartColors.grid} />
        <YAxis allowDecimals={false} tick={axisTick} stroke={chartColors.grid} />
        <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--color-hover)' }} />
        <Bar
          dataKey="count"
          name={t('metrics.series.tickets')}
          fill={chartColors.bar}
          radius={[3, 3, 0, 0]}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/**
 * Median and p90 first-response and resolution times (hours) per category or agent, in calendar time, or
 * with `clock` "business" in business time (only the rows that have business figures).
 */
export function ResponseTimesChart(props: {
  rows: readonly ResponseTimesRow[];
  labelOf: (row: ResponseTimesRow) => string;
  clock?: 'calendar' | 'business';
}): ReactElement {
  const { t } = useTranslation();
  const measured = props.rows.flatMap((row) => {
    const stats = props.clock === 'business' ? row.business_time : row;
    return stats ? [{ row, first: stats.first_response, resolution: stats.resolution }] : [];
  });
  const data = measured.map(({ row, first, resolution }) => ({
    label: props.labelOf(row),
    firstMedian: toHours(first.median_ms),
    firstP90: toHours(first.p90_ms),
    resolutionMedian: toHours(resolution.median_ms),
    resolutionP90: toHours(resolution.p90_ms),
  }));
  const series = [
    { key: 'firstMedian', name: t('metrics.series.firstResponseMedian'), color: chartColors.firstResponse },
    { key: 'firstP90', name: t('metrics.series.firstResponseP90'), color: chartColors.firstResponseSoft },
    { key: 'resolutionMedian', name: t('metrics.series.resolutionMedian'), color: chartColors.resolution },
    { key: 'resolutionP90', name: t('metrics.series.resolutionP90'), color: chartColors.resolutionSoft },
  ];
  return (
    <ResponsiveContainer width="100%" height={chartHeight + 60}>
      <BarChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -8 }}>
        <CartesianGrid stroke={chartColors.grid} vertical={false} />
        <XAxis
          dataKey="label"
          tick={axisTick}
          stroke={chartColors.grid}
          interval={0}
          angle={-25}
          textAnchor="end"
          height={64}
        />
        <YAxis
          tick={axisTick}
          stroke={chartColors.grid}
          tickFormatter={(value: number) => t('metrics.hours', { value: String(value) })}
        />
        <Tooltip
          contentStyle={tooltipStyle}
          cursor={{ fill: 'var(--color-hover)' }}
          formatter={(value) => t('metrics.hours', { value: String(value) })}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {series.map((item) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.name}
            fill={item.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
