// A small CSV writer for what the platform hands back to people: rejection reports and CSV templates.
// They are opened in Excel or WPS, so every text cell is guarded against formula injection.

/** A plain decimal number: Excel reads it as a number, never as a formula, so it needs no guard. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Neutralises spreadsheet formula injection (CWE-1236): a cell starting with = + - @, tab or CR gets a
 * leading apostrophe, so `=CMD|' /C calc'!A0` shows as text instead of running. Plain numbers such as
 * `-0.5` are left alone. HTML is kept as it is: a CSV cell is not markup.
 */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * One CSV record (RFC 4180) without the line end: text cells pass through safeCell, then a cell holding
 * a comma, quote, CR or LF is quoted with inner quotes doubled. null and undefined become empty cells.
 */
export function toCsvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells
    .map((cell) => {
      if (cell === null || cell === undefined) return '';
      const text = typeof cell === 'number' ? String(cell) : safeCell(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/** A whole CSV file as Excel opens it without an import dialog: UTF-8 with BOM, CRLF line ends. */
export function csvWithBom(rows: readonly (readonly (string | number | null | undefined)[])[]): Buffer {
  return Buffer.from('\uFEFF' + rows.map((r) => toCsvLine(r) + '\r\n').join(''), 'utf8');
}
