import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors';
import type { App } from './types';

/** Where `vite build` puts the portal (web/vite.config.ts). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

/** True when a built portal is present in `dir`. */
export function hasWebBuild(dir: string = WEB_DIST): boolean {
  return fs.existsSync(path.join(dir, 'index.html'));
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built portal: hashed files under /assets/ cached for a year, and index.html (never cached) for
 * every other GET path that is not an API route, so the browser's router handles /subjects/123 and the like.
 * API paths and missing assets keep the one JSON error shape.
 */
/**
 * Builds the portal with Vite into `outDir` (default web/dist). Used by `xinyong start` when no build is
 * present, and by the tests. Vite is imported only here, so the API never loads it otherwise.
 */
export async function buildWeb(options: { outDir?: string; quiet?: boolean } = {}): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: WEB_CONFIG,
    logLevel: options.quiet ? 'silent' : 'warn',
    ...(options.outDir ? { build: { outDir: path.resolve(options.outDir), emptyOutDir: true } } : {}),
  });
}

export async function registerWeb(app: App, options: { root?: string } = {}): Promise<void> {
  const root = path.resolve(options.root ?? WEB_DIST);
  await app.register(fastifyStatic, {
    root: path.join(root, 'assets'),
    prefix: '/assets/',
    index: false,
    cacheControl: false,
    setHeaders: (res) => res.setHeader('cache-control', IMMUTABLE),
  });
  const notFound = (url: string) => errorBody('NOT_FOUND', `未找到：GET ${url.split('?')[0]}`);
  const page = { schema: { hide: true } };
  const handler = async (req: FastifyRequest, reply: FastifyReply) => {
    const pathname = req.url.split('?')[0] ?? '/';
    // API routes and file-like paths (a stale asset, /favicon.ico) are not pages.
    if (pathname === '/api' || pathname.startsWith('/api/') || /\.[a-z0-9]{2,5}$/i.test(pathname)) {
      return reply.status(404).send(notFound(req.url));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  };
  app.get('/', page, handler);
  app.get('/*', page, handler);
}
