import { describe, expect, it } from 'vitest';
import { checksumOf, itemDefinition, stableJson } from './catalog.definition';
import { CODE_TABLES } from './data';
import { XZCF } from './data/double-publicity';

describe('item definitions', () => {
  it('serialise independently of key order and drop undefined members', () => {
    expect(stableJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(checksumOf({ a: 1, b: 2 })).toBe(checksumOf({ b: 2, a: 1 }));
  });

  it('freeze the code tables an item uses, and only those', () => {
    const def = itemDefinition(XZCF, CODE_TABLES);
    expect(def.codeTables.map((t) => t.code)).toEqual(['CFLB', 'CXLX', 'DQZT', 'HYLY', 'SXCD', 'XDR_LB', 'ZJLX']);
  });

  it('change when a code table the item uses changes', () => {
    const before = checksumOf(itemDefinition(XZCF, CODE_TABLES));
    const edited = CODE_TABLES.map((t) => (t.code === 'CFLB' ? { ...t, name: '处罚种类' } : t));
    expect(checksumOf(itemDefinition(XZCF, edited))).not.toBe(before);
    const unrelated = CODE_TABLES.map((t) => (t.code === 'ZYLB' ? { ...t, name: '职业' } : t));
    expect(checksumOf(itemDefinition(XZCF, unrelated))).toBe(before);
  });
});
