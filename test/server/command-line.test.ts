import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../server/command-line';

describe('parseCommandLine', () => {
  it('reads every option', () => {
    expect(
      parseCommandLine([
        '--port',
        '8080',
        '--data',
        '/tmp/x',
        '--demo',
        '--serve-console',
        'build/web',
        '--host',
        '0.0.0.0',
        '--smtp-port',
        '2525',
        '--cluster',
      ]),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/tmp/x',
      demo: true,
      consoleDir: 'build/web',
      smtpPort: 2525,
      cluster: true,
    });
  });

  it('defaults --serve-console to dist/web and the rest to a local, random port', () => {
    expect(parseCommandLine(['--serve-console', '--demo'])).toEqual({
      port: 0,
      host: '127.0.0.1',
      dataDir: null,
      demo: true,
      consoleDir: 'dist/web',
      smtpPort: null,
      cluster: false,
    });
  });

  it('refuses unknown arguments and missing values', () => {
    expect(() => parseCommandLine(['--verbose'])).toThrow('unknown argument --verbose');
    expect(() => parseCommandLine(['--port'])).toThrow('--port needs a value');
    expect(() => parseCommandLine(['--port', 'eighty'])).toThrow('--port must be');
    expect(() => parseCommandLine(['--data', '--demo'])).toThrow('--data needs a value');
    expect(() => parseCommandLine(['--smtp-port', '70000'])).toThrow('--smtp-port must be');
  });
  it('lets a later --port win, so `npm run web -- --port 6000` overrides its fixed default', () => {
    const webScriptArguments = ['--demo', '--serve-console', '--port', '5780', '--data', '.data/web'];
    expect(parseCommandLine(webScriptArguments).port).toBe(5780);
    expect(parseCommandLine([...webScriptArguments, '--port', '6000']).port).toBe(6000);
  });
});
