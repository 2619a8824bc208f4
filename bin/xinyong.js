#!/usr/bin/env node
// Node 20 cannot strip TypeScript types: tsx compiles the sources on the fly (no build step to forget).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
