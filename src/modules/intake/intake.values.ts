/**
 * Cell-level parsing for intake: dates in every form departments export, decimals. Pure.
 */

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isoIfReal(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return t.toISOString().slice(0, 10);
}

/**
 * A date cell as 'YYYY-MM-DD', or undefined when it is not a real calendar date. Accepts YYYY/MM/DD,
 * YYYY-MM-DD, YYYY.MM.DD, YYYYMMDD, YYYY年M月D日, an optional time part (dropped), and Excel serial day
 * numbers (20000–73050, i.e. 1954–2099).
 */
export function parseDate(raw: string): string | undefined {
  const s = raw.trim().normalize('NFKC');
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s));
    if (serial < 20000 || serial > 73050) return undefined;
    return new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
  }
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(s);
  if (m) return isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (m) return isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** A decimal cell as a canonical string ('0.2', '15'), or undefined when it is not a plain number. */
export function parseDecimal(raw: string): string | undefined {
  const s = raw.trim().normalize('NFKC').replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  const [int, frac = ''] = s.split('.');
  const f = frac.replace(/0+$/, '');
  const i = int!.replace(/^(-?)0+(?=\d)/, '$1');
  return f ? `${i}.${f}` : i;
}

/** Cell text as stored: trimmed, with zero-width and control characters removed (they break matching). */
export function cleanText(raw: string): string {
  return (
    raw
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .trim()
  );
}
