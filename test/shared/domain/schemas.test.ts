import { describe, expect, it } from 'vitest';
import { intakeRequestSchema, ticketUpdateSchema } from '../../../shared/domain/schemas';
import { roleAtLeast } from '../../../shared/domain/vocabulary';

describe('intakeRequestSchema', () => {
  const valid = { requester: { email: 'kim@example.com' }, subject: '출금 지연', body: '아직 안 왔어요' };

  it('accepts the three required fields alone', () => {
    expect(intakeRequestSchema.safeParse(valid).success).toBe(true);
  });

  it('names the field of a bad email', () => {
    const result = intakeRequestSchema.safeParse({ ...valid, requester: { email: 'nope' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['requester', 'email']);
  });

  it('refuses wrong types and an empty body', () => {
    expect(intakeRequestSchema.safeParse({ ...valid, subject: 1 }).success).toBe(false);
    expect(intakeRequestSchema.safeParse({ ...valid, body: ['y'] }).success).toBe(false);
    expect(intakeRequestSchema.safeParse({ ...valid, body: '' }).success).toBe(false);
  });

  it('keeps the body exactly as sent, whitespace included', () => {
    const body = '  line one\r\n\tline two  ';
    expect(intakeRequestSchema.parse({ ...valid, body }).body).toBe(body);
  });

  it('refuses attachments that are not base64', () => {
    const attachments = [{ name: 'a.png', type: 'image/png', data: 'not base64!' }];
    expect(intakeRequestSchema.safeParse({ ...valid, attachments }).success).toBe(false);
  });
});

describe('ticketUpdateSchema', () => {
  it('refuses an empty change and unknown fields', () => {
    expect(ticketUpdateSchema.safeParse({}).success).toBe(false);
    expect(ticketUpdateSchema.safeParse({ number: 5 }).success).toBe(false);
    expect(ticketUpdateSchema.safeParse({ status: 'solved' }).success).toBe(true);
  });
});

describe('roleAtLeast', () => {
  it('orders agent < lead < admin', () => {
    expect(roleAtLeast('lead', 'agent')).toBe(true);
    expect(roleAtLeast('agent', 'lead')).toBe(false);
    expect(roleAtLeast('admin', 'lead')).toBe(true);
  });
});
