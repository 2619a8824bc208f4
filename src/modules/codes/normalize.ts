// Hyphens people type between the parts of a code (ASCII, full-width, typographic dashes, minus sign).
const HYPHENS = /[-－‐‑‒–—―−]/g;
// Full-width ASCII block (！ … ～): codes copied from Chinese documents often arrive in it.
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/**
 * The machine form of an identifier as people write it: full-width characters made half-width,
 * all whitespace (including the ideographic space U+3000) and hyphens removed, letters upper-cased.
 * `'９１３５ 0100-m000100y43'` → `'91350100M000100Y43'`. Never throws.
 */
export function normalizeCode(input: string): string {
  return input
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(HYPHENS, '')
    .toUpperCase();
}
