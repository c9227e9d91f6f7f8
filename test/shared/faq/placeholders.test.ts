import { describe, expect, it } from 'vitest';
import {
  closestPlaceholderName,
  findUnfilledPlaceholders,
  renderFaqBody,
  unknownPlaceholdersIn,
  type PlaceholderValues,
} from '../../../shared/faq/placeholders';

const values: PlaceholderValues = {
  customer: { name: '김민수', email: 'minsu@example.com' },
  ticket: { number: 1042, subject: '출금 지연', category: 'deposit_withdrawal' },
  agent: { name: 'Jiwoo' },
  prompts: { tx_hash: '0xabc123' },
};

describe('renderFaqBody', () => {
  it('fills known values, with or without spaces inside the braces', () => {
    const rendered = renderFaqBody(
      '{{customer.name}}님, #{{ ticket.number }} TXID {{prompt.tx_hash}} - {{agent.name}}',
      values,
    );
    expect(rendered.text).toBe('김민수님, #1042 TXID 0xabc123 - Jiwoo');
    expect(rendered.unfilled).toEqual([]);
  });

  it('keeps missing and unknown values as {{name}} and lists each once', () => {
    const rendered = renderFaqBody(
      'Network {{ prompt.network }}, again {{prompt.network}}, {{order.secret}}',
      values,
    );
    expect(rendered.text).toBe('Network {{prompt.network}}, again {{prompt.network}}, {{order.secret}}');
    expect(rendered.unfilled).toEqual(['prompt.network', 'order.secret']);
    expect(rendered.segments).toContainEqual({ kind: 'placeholder', name: 'prompt.network', value: null });
  });

  it('uses the fallback when the value is missing or blank, and the value when present', () => {
    const nameless = { ...values, customer: { name: null, email: 'a@example.com' } };
    expect(renderFaqBody('안녕하세요, {{customer.name|고객}}님', nameless).text).toBe('안녕하세요, 고객님');
    const blank = { ...values, prompts: { tx_hash: '   ' } };
    expect(renderFaqBody('{{prompt.tx_hash}}', blank).unfilled).toEqual(['prompt.tx_hash']);
    expect(renderFaqBody('{{customer.name | 고객 }}님', values).text).toBe('김민수님');
  });

  it('inserts values as plain text and never expands placeholders inside them', () => {
    const sneaky = {
      ...values,
      customer: { name: '{{agent.name}} <b>x</b>', email: 'a@example.com' },
      prompts: { tx_hash: '{{prompt.tx_hash}}' },
    };
    const rendered = renderFaqBody('{{customer.name}} / {{prompt.tx_hash}}', sneaky);
    expect(rendered.text).toBe('{{agent.name}} <b>x</b> / {{prompt.tx_hash}}');
    expect(rendered.unfilled).toEqual([]);
  });

  it('splits the body into text and placeholder segments in order', () => {
    expect(renderFaqBody('Hi {{customer.name}}, see {{prompt.network}}.', values).segments).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'placeholder', name: 'customer.name', value: '김민수' },
      { kind: 'text', text: ', see ' },
      { kind: 'placeholder', name: 'prompt.network', value: null },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves single braces and malformed placeholders as text', () => {
    const rendered = renderFaqBody('{ok} {{ }} {{1abc}}', values);
    expect(rendered.text).toBe('{ok} {{ }} {{1abc}}');
    expect(rendered.unfilled).toEqual([]);
  });
});

describe('findUnfilledPlaceholders', () => {
  it('finds what is left in an edited draft, fallbacks included', () => {
    expect(
      findUnfilledPlaceholders('TXID {{prompt.tx_hash}}, {{ customer.name|고객 }} {{prompt.tx_hash}}'),
    ).toEqual(['prompt.tx_hash', 'customer.name']);
    expect(findUnfilledPlaceholders('All filled: 0xabc')).toEqual([]);
  });
});

describe('unknown placeholders', () => {
  it('finds names that are neither known nor prompts, and the known name a typo meant', () => {
    expect(
      unknownPlaceholdersIn('{{customer.name}} {{custmer.name}} {{prompt.tx_hash}} {{ticket.numbr}} {{foo}}'),
    ).toEqual(['custmer.name', 'ticket.numbr', 'foo']);
    expect(closestPlaceholderName('custmer.name')).toBe('customer.name');
    expect(closestPlaceholderName('Agent.Name')).toBe('agent.name');
    expect(closestPlaceholderName('refund.amount')).toBeNull();
  });
});
