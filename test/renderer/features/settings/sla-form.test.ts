import { describe, expect, it } from 'vitest';
import type { SlaPolicyWire } from '../../../../shared/domain/workflow-schemas';
import { slaFormFromWire, slaFormToWire } from '../../../../renderer/features/settings/sla-form';

const policy: SlaPolicyWire = {
  priorities: {
    low: { first_response_minutes: 1440, resolution_minutes: 7200 },
    normal: { first_response_minutes: 1440, resolution_minutes: 4320 },
    high: { first_response_minutes: 240, resolution_minutes: 1440 },
    urgent: { first_response_minutes: 30, resolution_minutes: 480 },
  },
  categories: { account_security: { urgent: { first_response_minutes: 15 } } },
};

describe('the SLA form', () => {
  it('shows whole hours in hours and anything else in minutes, and saves back the same policy', () => {
    const form = slaFormFromWire(policy);
    expect(form.priorities.normal.firstResponse).toEqual({ value: '24', unit: 'hours' });
    expect(form.priorities.urgent.firstResponse).toEqual({ value: '30', unit: 'minutes' });
    expect(form.overrides).toHaveLength(1);
    expect(form.overrides[0]?.targets.resolution.value).toBe('');
    expect(slaFormToWire(form)).toEqual({ policy, problems: null });
  });

  it('reads fractions of hours as minutes', () => {
    const form = slaFormFromWire(policy);
    form.priorities.high.firstResponse = { value: '1.5', unit: 'hours' };
    form.priorities.low.firstResponse = { value: '0.1', unit: 'hours' };
    const result = slaFormToWire(form);
    expect(result.policy?.priorities.high.first_response_minutes).toBe(90);
    expect(result.policy?.priorities.low.first_response_minutes).toBe(6);
  });

  it('refuses zero, negative, empty, fractional-minute and over-a-year targets, naming each field', () => {
    const form = slaFormFromWire(policy);
    form.priorities.low.firstResponse = { value: '0', unit: 'hours' };
    form.priorities.normal.firstResponse = { value: '-2', unit: 'hours' };
    form.priorities.high.resolution = { value: '', unit: 'hours' };
    form.priorities.urgent.resolution = { value: '2.5', unit: 'minutes' };
    form.priorities.urgent.firstResponse = { value: '9000', unit: 'hours' };
    expect(slaFormToWire(form)).toEqual({
      policy: null,
      problems: {
        'low.firstResponse': 'positive',
        'normal.firstResponse': 'positive',
        'high.resolution': 'positive',
        'urgent.firstResponse': 'tooLong',
        'urgent.resolution': 'wholeMinutes',
      },
    });
  });

  it('refuses an override with no target and a second override of the same category and priority', () => {
    const form = slaFormFromWire(policy);
    const empty = { value: '', unit: 'hours' as const };
    form.overrides.push(
      { id: 'new-1', category: 'kyc', priority: 'low', targets: { firstResponse: empty, resolution: empty } },
      {
        id: 'new-2',
        category: 'account_security',
        priority: 'urgent',
        targets: { firstResponse: { value: '10', unit: 'minutes' }, resolution: empty },
      },
    );
    expect(slaFormToWire(form).problems).toEqual({
      'new-1.row': 'emptyOverride',
      'new-2.row': 'duplicateOverride',
    });
  });
});
