import { describe, it, expect } from 'vitest';
import { validateCode } from './codes';
import { formatCodeLine, runCodeCommand } from './format-line';

const run = (codes: string[]) => {
  const lines: string[] = [];
  const status = runCodeCommand(codes, (line) => lines.push(line), { today: new Date('2025-06-01T00:00:00Z') });
  return { status, lines };
};

describe('formatCodeLine', () => {
  it('prints valid codes with their kind and invalid ones with the reason, input trimmed', () => {
    expect(formatCodeLine(validateCode(' 91350100M000100Y43 '))).toBe('91350100M000100Y43\tvalid\tuscc');
    expect(formatCodeLine(validateCode('MA31DKY8-0'))).toBe('MA31DKY8-0\tvalid\torg_code');
    expect(formatCodeLine(validateCode('440301108548379'))).toBe('440301108548379\tvalid\treg_no');
    expect(formatCodeLine(validateCode('91110000600037341N'))).toBe('91110000600037341N\tinvalid\t校验码错误：第18位应为 L，实为 N');
    expect(formatCodeLine(validateCode('9135 0100\tM000100Y43'))).toBe('9135 0100 M000100Y43\tvalid\tuscc');
  });
});

describe('runCodeCommand', () => {
  it('writes one line per code and exits 1 when any is invalid', () => {
    expect(run(['91350100M000100Y43', '11010519491231002X', '91110000600037341N'])).toEqual({
      status: 1,
      lines: [
        '91350100M000100Y43\tvalid\tuscc',
        '11010519491231002X\tvalid\tresident_id',
        '91110000600037341N\tinvalid\t校验码错误：第18位应为 L，实为 N',
      ],
    });
  });

  it('exits 0 when all are valid', () => {
    expect(run(['91350100M000100Y43', '610104620927690']).status).toBe(0);
  });

  it('counts checksum-only failures as invalid', () => {
    expect(run(['91350211M0000XUF46'])).toEqual({ status: 1, lines: ['91350211M0000XUF46\tinvalid\t校验码错误：第18位应为 R，实为 6'] });
  });

  it('prints a usage hint and exits 1 without codes', () => {
    const { status, lines } = run([]);
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^用法：xinyong code/);
  });
});
