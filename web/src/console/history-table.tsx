import type { ReactNode } from 'react';
import { fmtTime } from '../components';

/** One step of a workflow's history as the API returns it (list entries, cases). */
export interface HistoryRow {
  action: string;
  from: string | null;
  to: string;
  actor: string;
  at: string;
}

/**
 * The history table of a list entry or a case: time, step, status change, note, actor. The caller names the
 * step and actor columns and turns codes into words.
 */
export function HistoryTable<T extends HistoryRow>({
  rows,
  stepHeading,
  actorHeading,
  stepLabel,
  statusLabel,
  note,
}: {
  rows: readonly T[];
  stepHeading: string;
  actorHeading: string;
  stepLabel: (action: string) => string;
  statusLabel: (status: string) => string;
  note: (row: T) => ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">{stepHeading}</th>
            <th scope="col">状态</th>
            <th scope="col">说明</th>
            <th scope="col">{actorHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h, i) => (
            <tr key={i}>
              <td>{fmtTime(h.at)}</td>
              <td data-label={stepHeading}>{stepLabel(h.action)}</td>
              <td data-label="状态">
                {h.from ? `${statusLabel(h.from)} → ` : ''}
                {statusLabel(h.to)}
              </td>
              <td data-label="说明">{note(h)}</td>
              <td data-label={actorHeading}>{h.actor}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
