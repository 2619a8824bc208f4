import { z } from 'zod';

/** Request and response pieces the routes of several modules share (validation, type and OpenAPI at once). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** `page` and `pageSize` query parameters (page size 1 … max, default `size`). */
export function paging(max = 100, size = 20) {
  return {
    page: z.coerce.number().int().min(1).default(1).describe('页码'),
    pageSize: z.coerce.number().int().min(1).max(max).default(size).describe(`每页条数（最多 ${max}）`),
  };
}

/** A `true`/`false` query flag; absent means false. */
export const QueryFlag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

/** One step in the history of a workflow item (list entry, case). */
export const HistoryStep = z.object({
  action: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  note: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  actor: z.string(),
  at: z.string(),
});
