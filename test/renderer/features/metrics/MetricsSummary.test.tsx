import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsSummary } from '../../../../renderer/features/metrics/MetricsSummary';
import { AgentLoad, SpikeList } from '../../../../renderer/features/metrics/AgentLoad';
import { sampleMetrics } from './metrics-fixture';

describe('MetricsSummary', () => {
  it('shows the backlog, the rates, and says which figures are not available yet', () => {
    const metrics = sampleMetrics();
    metrics.rates.sla_breach = { count: 10, total: 40, rate: 0.25 };
    render(<MetricsSummary metrics={metrics} />);
    expect(screen.getByTestId('metrics-backlog-total')).toHaveTextContent('1,234');
    expect(screen.getByText('25%')).toBeInTheDocument();
    expect(screen.getByText('10 of 40 tickets')).toBeInTheDocument();
    expect(screen.getByText('Nothing solved in this range')).toBeInTheDocument();
    expect(screen.getByText('Available once duplicate detection lands')).toBeInTheDocument();
    expect(screen.getByText('Available once auto-triage suggests categories')).toBeInTheDocument();
  });

  it('gives no percentage for a handful of tickets: "2 of 2" is not "100%"', () => {
    const metrics = sampleMetrics();
    metrics.rates.triage_accuracy = { count: 2, total: 2, rate: 1 };
    render(<MetricsSummary metrics={metrics} />);
    expect(screen.queryByText('100%')).not.toBeInTheDocument();
    expect(screen.getByText('2 of 2 tickets: too few for a rate (from 20)')).toBeInTheDocument();
  });
});

describe('AgentLoad and SpikeList', () => {
  it('marks an agent over capacity and a spiking category', () => {
    const metrics = sampleMetrics();
    const { container } = render(<AgentLoad agents={metrics.agents} />);
    expect(screen.getByText('30 / 25')).toBeInTheDocument();
    expect(container.querySelector('.metrics-meter__fill--over')).not.toBeNull();
    expect(screen.getByText('Not available yet')).toBeInTheDocument();
    render(<SpikeList spikes={metrics.spikes} categoryLabel={(key) => key ?? 'none'} />);
    expect(screen.getByText('Spike')).toBeInTheDocument();
    expect(screen.getByText('6 now · usually 0.3')).toBeInTheDocument();
  });
});
