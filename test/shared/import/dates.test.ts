import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, parseImportTime } from '../../../shared/import/dates';

describe('parseImportTime', () => {
  it('keeps ISO times with an offset, as UTC', () => {
    expect(parseImportTime('2024-03-02T09:15:00+09:00')).toBe('2024-03-02T00:15:00.000Z');
    expect(parseImportTime('2024-03-02T09:15:00Z', 'Asia/Seoul')).toBe('2024-03-02T09:15:00.000Z');
  });

  it('reads YYYY-MM-DD HH:mm in the given zone', () => {
    expect(parseImportTime('2024-03-02 09:15', 'Asia/Seoul')).toBe('2024-03-02T00:15:00.000Z');
    expect(parseImportTime('2024-03-02 09:15')).toBe('2024-03-02T09:15:00.000Z');
    expect(parseImportTime('2024-03-02', 'Asia/Shanghai')).toBe('2024-03-01T16:00:00.000Z');
    expect(parseImportTime('2024-03-02T09:15:30.5', 'UTC')).toBe('2024-03-02T09:15:30.500Z');
  });

  it('follows daylight saving time of the zone', () => {
    expect(parseImportTime('2024-01-15 12:00', 'America/New_York')).toBe('2024-01-15T17:00:00.000Z');
    expect(parseImportTime('2024-07-15 12:00', 'America/New_York')).toBe('2024-07-15T16:00:00.000Z');
  });

  it('refuses other formats and impossible dates instead of guessing', () => {
    expect(parseImportTime('03/04/2024')).toBeNull();
    expect(parseImportTime('2024-02-30 10:00')).toBeNull();
    expect(parseImportTime('2024-03-02 25:00')).toBeNull();
    expect(parseImportTime('yesterday')).toBeNull();
  });

  it('knows real zones from made-up ones', () => {
    expect(isKnownTimeZone('Asia/Seoul')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});
