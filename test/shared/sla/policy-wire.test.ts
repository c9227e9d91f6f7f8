import { describe, expect, it } from 'vitest';
import { slaPolicyWireSchema } from '../../../shared/domain/workflow-schemas';
import { defaultSlaPolicy, slaTargetsFor, type SlaPolicy } from '../../../shared/sla/policy';
import { slaPolicyFromWire, slaPolicyToWire } from '../../../shared/sla/policy-wire';

describe('SLA policy on the wire', () => {
  it('writes the default policy in snake_case minutes, with no category overrides', () => {
    const wire = slaPolicyToWire(defaultSlaPolicy);
    expect(slaPolicyWireSchema.parse(wire)).toEqual(wire);
    expect(wire.priorities.normal).toEqual({ first_response_minutes: 1440, resolution_minutes: 4320 });
    expect(wire.priorities.urgent).toEqual({ first_response_minutes: 60, resolution_minutes: 480 });
    expect(wire.categories).toEqual({});
  });

  it('round-trips a policy with partial per-category overrides', () => {
    const policy: SlaPolicy = {
      ...defaultSlaPolicy,
      categories: {
        account_security: { high: { firstResponseMinutes: 30 }, urgent: { resolutionMinutes: 120 } },
        kyc: { low: { firstResponseMinutes: 2880, resolutionMinutes: 10080 } },
      },
    };
    const wire = slaPolicyToWire(policy);
    expect(wire.categories.account_security).toEqual({
      high: { first_response_minutes: 30 },
      urgent: { resolution_minutes: 120 },
    });
    const back = slaPolicyFromWire(slaPolicyWireSchema.parse(JSON.parse(JSON.stringify(wire))));
    expect(back).toEqual(policy);
    expect(slaTargetsFor(back, 'account_security', 'high')).toEqual({
      firstResponseMinutes: 30,
      resolutionMinutes: 24 * 60,
    });
  });
});
