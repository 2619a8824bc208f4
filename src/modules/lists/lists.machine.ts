/**
 * The lifecycle of a list entry (名单条目) as a transition table. A black or focus list entry is proposed,
 * the subject is notified in writing (basis, reasons, measures, the right to object), then it is published;
 * a red list entry is announced publicly for objections before it is published. Every entry ends once:
 * expired, removed after repair, removed by the deciding department, or revoked.
 */
export const ENTRY_STATUSES = ['proposed', 'notified', 'announced', 'published', 'ended'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const END_REASONS = ['expired', 'repaired', 'removed', 'revoked'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const ENTRY_ACTIONS = ['notify', 'announce', 'publish', 'end'] as const;
export type EntryAction = (typeof ENTRY_ACTIONS)[number];

export const STATUS_LABELS: Record<EntryStatus, string> = {
  proposed: '拟列入',
  notified: '已告知',
  announced: '公示中',
  published: '已发布',
  ended: '已移出',
};

export const END_REASON_LABELS: Record<EndReason, string> = {
  expired: '有效期届满',
  repaired: '信用修复后移出',
  removed: '认定部门决定移出',
  revoked: '列入决定撤销',
};

export const ACTION_LABELS: Record<EntryAction, string> = {
  notify: '书面告知',
  announce: '公示',
  publish: '发布',
  end: '移出',
};

type Flag = 'red' | 'black' | 'focus';

interface Transition {
  from: EntryStatus;
  action: EntryAction;
  to: EntryStatus;
  /** The list flags the transition applies to. */
  flags: readonly Flag[];
  /** End reasons allowed on an `end` transition. */
  reasons?: readonly EndReason[];
}

const ALL: readonly Flag[] = ['red', 'black', 'focus'];
const PUNITIVE: readonly Flag[] = ['black', 'focus'];

/** Every allowed transition; anything not listed is refused. */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'proposed', action: 'notify', to: 'notified', flags: PUNITIVE },
  { from: 'proposed', action: 'announce', to: 'announced', flags: ['red'] },
  { from: 'proposed', action: 'end', to: 'ended', flags: ALL, reasons: ['revoked'] },
  { from: 'notified', action: 'publish', to: 'published', flags: PUNITIVE },
  { from: 'notified', action: 'end', to: 'ended', flags: PUNITIVE, reasons: ['revoked'] },
  { from: 'announced', action: 'publish', to: 'published', flags: ['red'] },
  { from: 'announced', action: 'end', to: 'ended', flags: ['red'], reasons: ['revoked'] },
  { from: 'published', action: 'end', to: 'ended', flags: ALL, reasons: ['expired', 'repaired', 'removed', 'revoked'] },
];

export type TransitionResult = { ok: true; to: EntryStatus } | { ok: false; message: string };

/** Where `action` takes an entry of a list with `flag` in `from`, or why it may not. Pure. */
export function nextStatus(flag: Flag, from: EntryStatus, action: EntryAction, reason?: EndReason): TransitionResult {
  const t = TRANSITIONS.find((x) => x.from === from && x.action === action && x.flags.includes(flag));
  if (!t) {
    const hint = hintFor(flag, from, action);
    return { ok: false, message: `${STATUS_LABELS[from]}的名单条目不能${ACTION_LABELS[action]}${hint ? `：${hint}` : ''}` };
  }
  if (t.reasons) {
    if (!reason) return { ok: false, message: '移出名单须说明原因（有效期届满、信用修复、认定部门决定移出或撤销）' };
    if (!t.reasons.includes(reason)) {
      return { ok: false, message: `${STATUS_LABELS[from]}的名单条目只能以“${t.reasons.map((r) => END_REASON_LABELS[r]).join('、')}”移出` };
    }
  }
  return { ok: true, to: t.to };
}

function hintFor(flag: Flag, from: EntryStatus, action: EntryAction): string | undefined {
  if (from === 'ended') return '已移出的条目不再变更，如需重新列入请新建条目';
  if (from === 'proposed' && action === 'publish') {
    return flag === 'red' ? '红名单须先经公示' : '列入严重失信主体名单或重点关注名单前须书面告知当事人';
  }
  if (action === 'announce' && flag !== 'red') return '公示程序只适用于红名单，失信类名单应书面告知';
  if (action === 'notify' && flag === 'red') return '红名单应公示，不适用书面告知';
  return undefined;
}

/** The actions open to an entry in `from` (for the console's buttons). */
export function availableActions(flag: Flag, from: EntryStatus): EntryAction[] {
  return TRANSITIONS.filter((t) => t.from === from && t.flags.includes(flag)).map((t) => t.action);
}
