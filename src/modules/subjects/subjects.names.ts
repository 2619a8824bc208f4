/**
 * The searchable form of a name: NFKC folds full-width letters, digits and brackets （）to half-width,
 * whitespace is removed, Latin letters are lower-cased. 泰安市 （宏达）建材有限公司 → 泰安市(宏达)建材有限公司.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

/**
 * The distinct two-character windows of a normalised name: the bigram index that answers two-character
 * queries (建材, 泰安) which pg_trgm cannot.
 */
export function nameGrams(normalized: string): string[] {
  const chars = Array.from(normalized);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}
