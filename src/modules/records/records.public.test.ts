import { describe, expect, it } from 'vitest';
import { CATALOG_ITEMS } from '../catalog';
import { isShownPublicly, publicFields } from './records.public';

const penalty = CATALOG_ITEMS.find((i) => i.code === 'XZCF')!;
const court = CATALOG_ITEMS.find((i) => i.code === 'SXBZXR')!;
const facts = { isCurrent: true, status: 'normal' as const, publicityStart: '2026-01-10', publicityEnd: '2029-01-10' };

describe('isShownPublicly', () => {
  it('shows a penalty from its decision date until the day before its publicity end', () => {
    expect(isShownPublicly(penalty, 'legal_person', facts, '2026-01-09')).toBe(false);
    expect(isShownPublicly(penalty, 'legal_person', facts, '2026-01-10')).toBe(true);
    expect(isShownPublicly(penalty, 'legal_person', facts, '2029-01-09')).toBe(true);
    expect(isShownPublicly(penalty, 'legal_person', facts, '2029-01-10')).toBe(false);
  });

  it('hides revoked, repaired, expired and superseded records, but keeps one under objection', () => {
    for (const status of ['revoked', 'repaired', 'expired'] as const) {
      expect(isShownPublicly(penalty, 'legal_person', { ...facts, status }, '2026-06-01')).toBe(false);
    }
    expect(isShownPublicly(penalty, 'legal_person', { ...facts, isCurrent: false }, '2026-06-01')).toBe(false);
    expect(isShownPublicly(penalty, 'legal_person', { ...facts, status: 'objection' }, '2026-06-01')).toBe(true);
  });

  it("never shows a natural person's penalty; the court-published list is the exception", () => {
    expect(isShownPublicly(penalty, 'natural_person', facts, '2026-06-01')).toBe(false);
    expect(isShownPublicly(court, 'natural_person', facts, '2026-06-01')).toBe(true);
  });
});

describe('publicFields', () => {
  it('writes the no-expiry date as 长期', () => {
    const licence = CATALOG_ITEMS.find((i) => i.code === 'XZXK')!;
    expect(publicFields(licence, { XK_YXQZI: '2099-12-31' })).toEqual([{ code: 'XK_YXQZI', name: '有效期至', value: '长期' }]);
  });

  it('drops identity documents even when present', () => {
    const shown = publicFields(penalty, { CF_XDR_MC: '张三', CF_XDR_ZJLX: '01', CF_XDR_ZJHM: '11010519491231002X', CF_NR_FK: '0.2' });
    expect(shown.map((f) => f.code)).toEqual(['CF_XDR_MC', 'CF_NR_FK']);
  });
});
