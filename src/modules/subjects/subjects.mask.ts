/**
 * Masks a personal identifier for any public output: the first 6 and the last 4 characters stay, the
 * rest (birth date and sequence) becomes asterisks. 11010519491231002X → 110105********002X.
 */
export function maskIdNumber(code: string): string {
  if (code.length <= 10) return '*'.repeat(code.length);
  return code.slice(0, 6) + '*'.repeat(code.length - 10) + code.slice(-4);
}

/** Masks a person's name for outputs that must not identify them: 张三丰 → 张**. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  return chars[0] + '*'.repeat(chars.length - 1);
}
