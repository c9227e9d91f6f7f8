/**
 * CSV text (RFC 4180) for the metrics charts' "Export" buttons: comma-separated, CRLF line ends, every field
 * that holds a comma, a double quote, a line break or leading/trailing spaces quoted (quotes doubled).
 */

/** A cell: text, a number, a boolean, or nothing (an empty field). */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Characters a spreadsheet reads as the start of a formula. A cell starting with one gets a leading
 * apostrophe so that a category or agent name such as `=HYPERLINK(...)` opens as text (CSV injection).
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r']);

/** One field, quoted when it has to be. Numbers are written as they are (negative numbers stay numbers). */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) {
    return '';
  }
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? String(cell) : '';
  }
  if (typeof cell === 'boolean') {
    return cell ? 'true' : 'false';
  }
  const text = cell.length > 0 && formulaStarts.has(cell.charAt(0)) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: the header row, then one line per row; ends with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
