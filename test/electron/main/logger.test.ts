import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/main/logger';

describe('logger', () => {
  const clock = () => new Date('2025-01-02T03:04:05.678Z');

  it('writes one timestamped line per call, with scope and details', () => {
    const lines: string[] = [];
    const log = createLogger((line) => lines.push(line), clock);
    log.info('started', { port: 1 });
    log.child('service').warn('slow');
    log.child('a').child('b').error('failed', new Error('boom'));
    expect(lines[0]).toBe('2025-01-02T03:04:05.678Z INFO started {"port":1}');
    expect(lines[1]).toBe('2025-01-02T03:04:05.678Z WARN [service] slow');
    expect(lines[2]).toMatch(/^2025-01-02T03:04:05.678Z ERROR \[a:b\] failed Error: boom/);
  });

  it('survives details that are not JSON', () => {
    const lines: string[] = [];
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    createLogger((line) => lines.push(line), clock).info('odd', circular);
    expect(lines[0]).toContain('[object Object]');
  });
});
