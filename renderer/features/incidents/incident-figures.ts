import type { Incident } from '../../../shared/incidents/incident-schemas';

/** Milliseconds from an incident's start to its resolution, or null while it is not resolved. */
export function timeToResolveMs(incident: Incident): number | null {
  return incident.resolved_at === null
    ? null
    : Date.parse(incident.resolved_at) - Date.parse(incident.created_at);
}

/** A duration as hours and minutes ("3h 12m", "45m"). */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours}h ${minutes % 60}m` : `${minutes}m`;
}

/** The median of `values`, or null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The incidents' figures for Metrics: tickets per incident (mean), deflections, median time to resolve. */
export function incidentFigures(incidents: readonly Incident[]): {
  ticketsPerIncident: number | null;
  deflections: number;
  medianResolveMs: number | null;
} {
  const tickets = incidents.reduce((sum, incident) => sum + incident.ticket_count, 0);
  return {
    ticketsPerIncident: incidents.length === 0 ? null : tickets / incidents.length,
    deflections: incidents.reduce((sum, incident) => sum + incident.deflections, 0),
    medianResolveMs: median(
      incidents.map(timeToResolveMs).filter((value): value is number => value !== null),
    ),
  };
}
