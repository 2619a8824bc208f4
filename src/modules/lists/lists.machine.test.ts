import { describe, expect, it } from 'vitest';
import { END_REASONS, ENTRY_ACTIONS, ENTRY_STATUSES, TRANSITIONS, availableActions, nextStatus, type EntryStatus } from './lists.machine';

const FLAGS = ['red', 'black', 'focus'] as const;

// The whole table written out independently: [flag, from, action, reason?] → to. Everything else is refused.
const ALLOWED: [string, EntryStatus, string, string | undefined, EntryStatus][] = [
  ...(['black', 'focus'] as const).flatMap((f): [string, EntryStatus, string, string | undefined, EntryStatus][] => [
    [f, 'proposed', 'notify', undefined, 'notified'],
    [f, 'proposed', 'end', 'revoked', 'ended'],
    [f, 'notified', 'publish', undefined, 'published'],
    [f, 'notified', 'end', 'revoked', 'ended'],
  ]),
  ['red', 'proposed', 'announce', undefined, 'announced'],
  ['red', 'proposed', 'end', 'revoked', 'ended'],
  ['red', 'announced', 'publish', undefined, 'published'],
  ['red', 'announced', 'end', 'revoked', 'ended'],
  ...FLAGS.flatMap((f) =>
    END_REASONS.map((r): [string, EntryStatus, string, string | undefined, EntryStatus] => [f, 'published', 'end', r, 'ended']),
  ),
];

describe('list entry lifecycle', () => {
  it('allows exactly the transitions of the table', () => {
    for (const flag of FLAGS) {
      for (const from of ENTRY_STATUSES) {
        for (const action of ENTRY_ACTIONS) {
          for (const reason of action === 'end' ? END_REASONS : [undefined]) {
            const expected = ALLOWED.find((a) => a[0] === flag && a[1] === from && a[2] === action && a[3] === reason);
            const got = nextStatus(flag, from, action, reason);
            const label = `${flag} ${from} --${action}${reason ? `(${reason})` : ''}-->`;
            if (expected) expect(got, label).toEqual({ ok: true, to: expected[4] });
            else expect(got.ok, label).toBe(false);
          }
        }
      }
    }
    expect(TRANSITIONS.length).toBe(8);
  });

  it('explains the forbidden moves in Chinese', () => {
    expect(nextStatus('black', 'proposed', 'publish')).toEqual({
      ok: false,
      message: '拟列入的名单条目不能发布：列入严重失信主体名单或重点关注名单前须书面告知当事人',
    });
    expect(nextStatus('red', 'proposed', 'publish')).toEqual({ ok: false, message: '拟列入的名单条目不能发布：红名单须先经公示' });
    expect(nextStatus('black', 'ended', 'publish')).toMatchObject({ ok: false, message: expect.stringContaining('已移出的条目不再变更') });
    expect(nextStatus('black', 'proposed', 'announce')).toMatchObject({
      ok: false,
      message: expect.stringContaining('公示程序只适用于红名单'),
    });
    expect(nextStatus('black', 'published', 'end')).toEqual({
      ok: false,
      message: '移出名单须说明原因（有效期届满、信用修复、认定部门决定移出或撤销）',
    });
    expect(nextStatus('black', 'proposed', 'end', 'expired')).toEqual({ ok: false, message: '拟列入的名单条目只能以“列入决定撤销”移出' });
  });

  it('lists the actions open to an entry', () => {
    expect(availableActions('black', 'proposed')).toEqual(['notify', 'end']);
    expect(availableActions('red', 'proposed')).toEqual(['announce', 'end']);
    expect(availableActions('red', 'published')).toEqual(['end']);
    expect(availableActions('focus', 'ended')).toEqual([]);
  });
});
