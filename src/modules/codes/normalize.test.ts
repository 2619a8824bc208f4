import { describe, it, expect } from 'vitest';
import { normalizeCode } from './normalize';

describe('normalizeCode', () => {
  it('trims and removes inner whitespace, including the ideographic space', () => {
    expect(normalizeCode('  9135 0100\tM000\u3000100Y43 \n')).toBe('91350100M000100Y43');
  });

  it('turns full-width digits and letters into half-width', () => {
    expect(normalizeCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });

  it('removes ASCII, full-width and typographic hyphens', () => {
    expect(normalizeCode('MA31DKY8-0')).toBe('MA31DKY80');
    expect(normalizeCode('MA31DKY8－0')).toBe('MA31DKY80');
    expect(normalizeCode('MA31DKY8‐0')).toBe('MA31DKY80');
    expect(normalizeCode('MA31—DKY8—0')).toBe('MA31DKY80');
  });

  it('upper-cases letters, including a trailing lower-case x of an ID number', () => {
    expect(normalizeCode('11010519491231002x')).toBe('11010519491231002X');
    expect(normalizeCode('ｍａ５ｃｊｑ４ｎ５')).toBe('MA5CJQ4N5');
  });

  it('returns an empty string for blank input', () => {
    expect(normalizeCode(' \u3000 ')).toBe('');
  });
});
