/**
 * exceljs, with its streaming XML reader fixed for multi-byte text. exceljs 4.4 decodes each zip chunk
 * to a string on its own, so a Chinese character split across two chunks turns into U+FFFD
 * (exceljs/exceljs#2063, #2084; fix proposed in #1665, unreleased). Every module loads exceljs through
 * here, so the fixed parser is in place before exceljs reads its own modules.
 */
import { createRequire } from 'node:module';
import type ExcelJSModule from 'exceljs';

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

const require = createRequire(import.meta.url);

async function* parseSax(input: AsyncIterable<Buffer | string> | NodeJS.ReadableStream): AsyncGenerator<SaxEvent[]> {
  // Old-style streams without an async iterator are upgraded, as exceljs's own parser does.
  const iterable = (
    Symbol.asyncIterator in input ? input : (input as NodeJS.ReadableStream).pipe(new (require('node:stream').PassThrough)())
  ) as AsyncIterable<Buffer | string>;
  const { SaxesParser } = require('saxes') as {
    SaxesParser: new () => { on(e: string, f: (v: unknown) => void): void; write(s: string): void };
  };
  const parser = new SaxesParser();
  let error: unknown;
  let events: SaxEvent[] = [];
  parser.on('error', (err) => (error = err));
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  // One decoder per stream, in streaming mode: a character split across chunks is completed by the next one.
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.decode();
  if (rest) {
    parser.write(rest);
    if (error) throw error;
    yield events;
  }
}

const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
require(parseSaxPath);
const cached = require.cache[parseSaxPath];
if (cached) cached.exports = parseSax;
if (require.cache[require.resolve('exceljs/lib/stream/xlsx/workbook-reader.js')]) {
  // exceljs was loaded before this module: the fix cannot take effect; fail loudly rather than corrupt text.
  throw new Error('exceljs was loaded before src/shared/exceljs.ts; import exceljs only through that module');
}
const ExcelJS = require('exceljs') as typeof ExcelJSModule;

export default ExcelJS;
