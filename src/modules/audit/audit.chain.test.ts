import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, hashEvent, type ChainedEvent } from './audit.chain';

const event: ChainedEvent = {
  seq: 1,
  at: '2026-12-04T08:00:00.000Z',
  actorKind: 'user',
  actorId: '1',
  actorName: '张三',
  departmentId: 3,
  action: 'subject.read_private',
  targetKind: 'subject',
  targetId: '42',
  subjectId: 42,
  ip: '127.0.0.1',
  details: { b: 1, a: { d: [1, 2], c: null } },
  prevHash: GENESIS_HASH,
};

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
  });
});

describe('hashEvent', () => {
  it('does not depend on key order', () => {
    expect(hashEvent({ ...event, details: { a: { c: null, d: [1, 2] }, b: 1 } })).toBe(hashEvent(event));
  });

  it('changes when any field or the previous hash changes', () => {
    const h = hashEvent(event);
    expect(hashEvent({ ...event, actorName: '李四' })).not.toBe(h);
    expect(hashEvent({ ...event, details: { b: 2, a: { d: [1, 2], c: null } } })).not.toBe(h);
    expect(hashEvent({ ...event, prevHash: 'f'.repeat(64) })).not.toBe(h);
  });
});
