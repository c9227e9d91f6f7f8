import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type XAxisTickContentProps,
} from 'recharts';
import type { LanguageQuality } from '../../../shared/domain/metrics-schemas';
import { minimumRateSample } from '../../../shared/metrics/rates';
import { qualityChartRows, type QualityChartRow } from '../../../shared/metrics/quality';
import { axisTick, chartColors, tooltipStyle } from './chart-theme';

/** The three figures of a language group: which value the bar draws and which counts stand beside it. */
const series = [
  { key: 'triagePercent', color: chartColors.firstResponse },
  { key: 'mergePercent', color: chartColors.solved },
  { key: 'correctionsPer100', color: chartColors.resolution },
] as const;
type SeriesKey = (typeof series)[number]['key'];

/** What the custom bar shape is given: its box and its data point. */
interface BarShapeProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  payload?: QualityChartRow;
}

/** A bar's label: its value and its sample ("95% · 38/40"), or only the sample when it is too small. */
function labelOf(row: QualityChartRow, key: SeriesKey, quality: LanguageQuality): string {
  switch (key) {
    case 'triagePercent':
      return withSample(row.triagePercent, '%', `${quality.triage.count}/${quality.triage.total}`);
    case 'mergePercent':
      return withSample(
        row.mergePercent,
        '%',
        `${quality.duplicates.merged}/${quality.duplicates.acceptance.total}`,
      );
    case 'correctionsPer100':
      return withSample(row.correctionsPer100, '', `${quality.checklist.corrections}/${quality.tickets}`);
  }
}

function withSample(value: number | null, unit: string, sample: string): string {
  return value === null ? sample : `${value}${unit} · ${sample}`;
}

/**
 * Quality per language (issue 18): triage suggestions kept, duplicate offers merged (of those decided) and
 * checklist corrections per 100 tickets, as grouped bars per language with each bar's sample beside it.
 * A figure over fewer than `minimumRateSample` cases draws no bar, only its counts.
 */
export function LanguageQualityChart({ quality }: { quality: readonly LanguageQuality[] }): ReactElement {
  const { t } = useTranslation();
  const rows = qualityChartRows(quality);
  const data = rows.map((row) => ({
    ...row,
    label: t(`quality.languages.${row.language}`),
    tickets: t('quality.tickets', { count: row.ticketSample }),
    // A hidden figure is a zero-height bar, so its label (the counts) still sits on the axis.
    triageBar: row.triagePercent ?? 0,
    mergeBar: row.mergePercent ?? 0,
    correctionsBar: row.correctionsPer100 ?? 0,
  }));
  const bars = [
    { key: 'triagePercent' as const, dataKey: 'triageBar', name: t('quality.series.triage') },
    { key: 'mergePercent' as const, dataKey: 'mergeBar', name: t('quality.series.merge') },
    { key: 'correctionsPer100' as const, dataKey: 'correctionsBar', name: t('quality.series.corrections') },
  ];
  return (
    <div data-testid="language-quality">
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={data} margin={{ top: 24, right: 12, bottom: 0, left: -8 }} barCategoryGap="18%">
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          <XAxis
            dataKey="label"
            tick={(props: XAxisTickContentProps) => (
              <g transform={`translate(${props.x},${props.y})`}>
                <text textAnchor="middle" dy={14} fill="var(--color-text)" fontSize={12}>
                  {String(props.payload.value)}
                </text>
                <text textAnchor="middle" dy={30} fill={chartColors.axis} fontSize={11}>
                  {data[props.index]?.tickets}
                </text>
              </g>
            )}
            stroke={chartColors.grid}
            height={44}
            interval={0}
          />
          <YAxis
            domain={[0, (max: number) => Math.max(100, Math.ceil(max))]}
            tick={axisTick}
            stroke={chartColors.grid}
          />
          <Tooltip
            contentStyle={tooltipStyle}
            cursor={{ fill: 'var(--color-hover)' }}
            formatter={(value, name, item: { dataKey?: unknown; payload?: QualityChartRow }) => {
              const bar = bars.find((candidate) => candidate.dataKey === item.dataKey);
              const language = quality.find((entry) => entry.language === item.payload?.language);
              return bar === undefined || item.payload === undefined || language === undefined
                ? [String(value), name]
                : [labelOf(item.payload, bar.key, language), name];
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {bars.map((bar) => {
            const color = series.find((item) => item.key === bar.key)?.color ?? chartColors.bar;
            return (
              <Bar
                key={bar.key}
                dataKey={bar.dataKey}
                name={bar.name}
                fill={color}
                isAnimationActive={false}
                // A custom shape, because a zero-height bar (a hidden figure, or a true 0) gets no label from
                // recharts, and its counts must still show.
                shape={(props: BarShapeProps) => {
                  const row = props.payload;
                  const language = quality.find((entry) => entry.language === row?.language);
                  const x = Number(props.x ?? 0);
                  const y = Number(props.y ?? 0);
                  const width = Number(props.width ?? 0);
                  const height = Number(props.height ?? 0);
                  return (
                    <g data-testid="language-quality-bar" data-series={bar.key} data-language={row?.language}>
                      {height > 0 ? (
                        <rect x={x} y={y} width={width} height={height} fill={color} rx={2} />
                      ) : null}
                      <text
                        x={x + width / 2}
                        y={y - 5}
                        textAnchor="middle"
                        fontSize={10}
                        fill="var(--color-text-muted)"
                      >
                        {row === undefined || language === undefined ? '' : labelOf(row, bar.key, language)}
                      </text>
                    </g>
                  );
                }}
              />
            );
          })}
        </BarChart>
      </ResponsiveContainer>
      <p className="metrics-card__note">{t('quality.minimum', { count: minimumRateSample })}</p>
    </div>
  );
}
