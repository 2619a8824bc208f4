import { validateCode, type ValidateOptions } from './codes';
import type { CodeResult } from './result';

/**
 * One output line of `xinyong code`: `CODE<TAB>valid<TAB>KIND` or `CODE<TAB>invalid<TAB>REASON`,
 * CODE being the input as given, trimmed (inner whitespace runs become one space to keep the TSV intact).
 */
export function formatCodeLine(result: CodeResult): string {
  const code = result.input.trim().replace(/\s+/g, ' ');
  if (result.ok) return `${code}\tvalid\t${result.kind ?? ''}`;
  return `${code}\tinvalid\t${result.reason ?? '无效代码'}`;
}

/**
 * Runs `xinyong code CODE…`: writes one line per code and returns the exit status, 0 when every code
 * is valid, 1 otherwise (also when no code is given, after a usage hint). Checksum-only failures count
 * as invalid here: the CLI answers "is this code right", not "would an import keep it".
 */
export function runCodeCommand(codes: readonly string[], write: (line: string) => void, opts: ValidateOptions = {}): number {
  if (codes.length === 0) {
    write('用法：xinyong code <代码> [<代码> …]（统一社会信用代码、组织机构代码、工商注册号或身份证号码）');
    return 1;
  }
  let status = 0;
  for (const code of codes) {
    const result = validateCode(code, opts);
    write(formatCodeLine(result));
    if (!result.ok) status = 1;
  }
  return status;
}
