import type { SlaPolicyWire } from '../domain/workflow-schemas';
import { ticketPriorities, type TicketPriority } from '../domain/vocabulary';
import type { SlaPolicy, SlaTargets } from './policy';

/**
 * Conversion between the SLA policy the arithmetic uses (`SlaPolicy`, camelCase) and its JSON form on the
 * wire and in the settings table (`SlaPolicyWire`, snake_case). Each is the other's inverse.
 */

type WireTargets = SlaPolicyWire['priorities']['normal'];
type PartialWireTargets = Partial<WireTargets>;

function targetsToWire(targets: SlaTargets): WireTargets {
  return {
    first_response_minutes: targets.firstResponseMinutes,
    resolution_minutes: targets.resolutionMinutes,
  };
}

function partialTargetsToWire(targets: Partial<SlaTargets>): PartialWireTargets {
  return {
    ...(targets.firstResponseMinutes === undefined
      ? {}
      : { first_response_minutes: targets.firstResponseMinutes }),
    ...(targets.resolutionMinutes === undefined ? {} : { resolution_minutes: targets.resolutionMinutes }),
  };
}

function partialTargetsFromWire(targets: PartialWireTargets): Partial<SlaTargets> {
  return {
    ...(targets.first_response_minutes === undefined
      ? {}
      : { firstResponseMinutes: targets.first_response_minutes }),
    ...(targets.resolution_minutes === undefined ? {} : { resolutionMinutes: targets.resolution_minutes }),
  };
}

/** Maps each priority present in `overrides` through `convert`, leaving absent priorities absent. */
function mapOverrides<From, To>(
  overrides: Partial<Record<TicketPriority, From>>,
  convert: (targets: From) => To,
): Partial<Record<TicketPriority, To>> {
  const mapped: Partial<Record<TicketPriority, To>> = {};
  for (const priority of ticketPriorities) {
    const targets = overrides[priority];
    if (targets !== undefined) {
      mapped[priority] = convert(targets);
    }
  }
  return mapped;
}

/** The wire form of `policy` (a policy without category overrides gets an empty `categories`). */
export function slaPolicyToWire(policy: SlaPolicy): SlaPolicyWire {
  const categories: SlaPolicyWire['categories'] = {};
  for (const [category, overrides] of Object.entries(policy.categories ?? {})) {
    categories[category] = mapOverrides(overrides, partialTargetsToWire);
  }
  return {
    priorities: {
      low: targetsToWire(policy.priorities.low),
      normal: targetsToWire(policy.priorities.normal),
      high: targetsToWire(policy.priorities.high),
      urgent: targetsToWire(policy.priorities.urgent),
    },
    categories,
  };
}

/** The policy a wire form describes. */
export function slaPolicyFromWire(wire: SlaPolicyWire): SlaPolicy {
  const targetsFromWire = (targets: WireTargets): SlaTargets => ({
    firstResponseMinutes: targets.first_response_minutes,
    resolutionMinutes: targets.resolution_minutes,
  });
  const categories: Record<string, Partial<Record<TicketPriority, Partial<SlaTargets>>>> = {};
  for (const [category, overrides] of Object.entries(wire.categories)) {
    categories[category] = mapOverrides(overrides, partialTargetsFromWire);
  }
  return {
    priorities: {
      low: targetsFromWire(wire.priorities.low),
      normal: targetsFromWire(wire.priorities.normal),
      high: targetsFromWire(wire.priorities.high),
      urgent: targetsFromWire(wire.priorities.urgent),
    },
    categories,
  };
}
