import { describe, expect, it } from 'vitest';
import { normaliseServiceUrl, readSettings } from '../../../electron/main/settings';

describe('normaliseServiceUrl', () => {
  it('accepts https anywhere and drops a trailing slash', () => {
    expect(normaliseServiceUrl('https://support.example.com/')).toBe('https://support.example.com');
    expect(normaliseServiceUrl(' https://example.com/support/ ')).toBe('https://example.com/support');
  });

  it('accepts plain http only on this machine', () => {
    expect(normaliseServiceUrl('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000');
    expect(normaliseServiceUrl('http://localhost:4000')).toBe('http://localhost:4000');
    expect(() => normaliseServiceUrl('http://support.example.com')).toThrow('https');
  });

  it.each([
    'ftp://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    'https://user:pw@example.com',
    'https://example.com/?token=1',
    'https://example.com/#x',
  ])('refuses %s', (value) => {
    expect(() => normaliseServiceUrl(value)).toThrow();
  });
});

describe('readSettings', () => {
  it('means "embedded" when there is no file, an empty file or no serviceUrl', () => {
    expect(readSettings(null, undefined)).toEqual({ settings: { serviceUrl: null }, problem: null });
    expect(readSettings('', undefined)).toEqual({ settings: { serviceUrl: null }, problem: null });
    expect(readSettings('{}', undefined)).toEqual({ settings: { serviceUrl: null }, problem: null });
    expect(readSettings('{"serviceUrl": null, "theme": "dark"}', undefined).settings.serviceUrl).toBeNull();
  });

  it('reads a team service URL', () => {
    expect(readSettings('{"serviceUrl":"https://support.example.com"}', undefined)).toEqual({
      settings: { serviceUrl: 'https://support.example.com' },
      problem: null,
    });
  });

  it('lets the environment win over the file', () => {
    expect(readSettings('{"serviceUrl":"https://a.example"}', 'https://b.example').settings.serviceUrl).toBe(
      'https://b.example',
    );
  });

  it('reports broken files instead of throwing', () => {
    expect(readSettings('{not json', undefined).problem).toContain('not valid JSON');
    expect(readSettings('{"serviceUrl": 42}', undefined).problem).toContain('must be a string');
    expect(readSettings('{"serviceUrl": "http://lan-host:4000"}', undefined).problem).toContain('https');
    expect(readSettings('[]', undefined).settings.serviceUrl).toBeNull();
  });
});
