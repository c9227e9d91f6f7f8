// Runs @doyensec/electronegativity over the desktop shell (electron/) and fails on any finding above
// LOW. `npm run lint:electron-security` (part of `npm run check`, so of `npm test`). Low findings left are
// explained in docs/security.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cli = path.join(
  path.dirname(require.resolve('@doyensec/electronegativity/package.json')),
  'dist/index.js',
);
// The shell's folder has no package.json of its own: name the Electron version so version-dependent
// checks use today's defaults instead of Electron 0.1's.
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
/** The fields of one CSV line (a quoted field may contain commas; `""` inside it is a quote). */
function parseCsvLine(line) {
  const fields = [];
  let rest = line;
  while (rest.length > 0) {
    const match = /^\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)/.exec(rest);
    if (!match || match[0].length === 0) {
      break;
    }
    fields.push(match[1] === undefined ? (match[2] ?? '') : match[1].replaceAll('""', '"'));
    rest = rest.slice(match[0].length);
  }
  return fields;
}

const allowedSeverities = new Set(['LOW', 'INFORMATIONAL']);

// The folder to scan: electron/ (an argument overrides it, to check the checker on a bad sample).
const input = path.resolve(process.argv[2] ?? path.join(root, 'electron'));
const folder = mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
const report = path.join(folder, 'report.csv');
/** The CSV's columns: issue, severity, confidence, filename, location, sample, description, url. */
const columnCount = 8;
/** Scans again when a report comes out garbled, at most this often in all. */
const attempts = 3;

/** Runs one scan; resolves with its findings, or null when the report is garbled. */
function scan() {
  rmSync(report, { force: true });
  const run = spawnSync(
    process.execPath,
    [
      cli,
      '--input',
      input,
      '--output',
      report,
      '--electron-version',
      electronVersion,
      '--relative',
      '--verbose',
      'false',
    ],
    { cwd: root, encoding: 'utf8', timeout: 5 * 60 * 1000 },
  );
  if (run.status !== 0) {
    process.stderr.write(
      `${run.stdout}\n${run.stderr}\nelectronegativity failed to run (exit ${run.status})\n`,
    );
    process.exit(1);
  }
  const lines = readFileSync(report, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '');
  const rows = [];
  for (const line of lines) {
    const fields = parseCsvLine(line);
    // electronegativity sometimes leaves the tail of an earlier write in its report (about one run in
    // four here): a line that is not a whole finding means the report cannot be trusted, so scan again
    // rather than skip it, which could hide a real finding.
    if (fields.length !== columnCount || !/^[A-Z0-9_]+_CHECK$/.test(fields[0] ?? '')) {
      return null;
    }
    const [issue = '', severity = '', confidence = '', file = '', location = ''] = fields;
    rows.push({ issue, severity, confidence, file, location });
  }
  return rows;
}

try {
  let rows = null;
  for (let attempt = 1; attempt <= attempts && rows === null; attempt += 1) {
    rows = scan();
  }
  if (rows === null) {
    process.stderr.write(`electronegativity wrote a garbled report ${attempts} times in a row\n`);
    process.exit(1);
  }
  const blocking = rows.filter((row) => !allowedSeverities.has(row.severity));
  for (const row of rows) {
    const mark = allowedSeverities.has(row.severity) ? 'ok  ' : 'FAIL';
    process.stdout.write(
      `${mark} ${row.severity} ${row.issue} ${row.file}:${row.location} (${row.confidence})\n`,
    );
  }
  if (blocking.length > 0) {
    process.stderr.write(
      `\n${blocking.length} electronegativity finding(s) above LOW: fix them or review them with an eng-disable comment (docs/security.md).\n`,
    );
    process.exit(1);
  }
  process.stdout.write(
    `electronegativity (Electron ${electronVersion}): ${rows.length} finding(s), none above LOW\n`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
