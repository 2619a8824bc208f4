import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/db';
import type { Ctx } from '../modules/auth';
import type { Clock } from '../shared/clock';

export interface AppDeps {
  db: Db;
  clock: Clock;
}

/** The use-case context of one request. */
export function ctxOf(deps: AppDeps, req: FastifyRequest): Ctx {
  return { db: deps.db, clock: deps.clock, principal: req.principal, ip: req.ip };
}
