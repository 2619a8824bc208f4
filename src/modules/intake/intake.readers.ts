import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { CellValue } from 'exceljs';
import ExcelJS from '../../shared/exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../shared/errors';

// Streaming readers for what departments upload: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030), XLSX, JSON
// arrays and JSONL, all behind one interface. Readers never trim or normalise values (validation does),
// never throw for a bad row (it becomes a row error next to the good rows) and hold at most one record
// and a few read buffers in memory, so a 1,000,000-row file streams in bounded memory.

/** The file formats departments submit. */
export type SourceFormat = 'csv' | 'xlsx' | 'json' | 'jsonl';

/** What the reader learnt about a file before its first row. */
export interface SourceInfo {
  format: SourceFormat;
  /** Text formats only. */
  encoding?: 'utf-8' | 'utf-8-bom' | 'gb18030';
  /** Column names after trimming and stripRequiredMark, in file order. JSON: grows as new keys appear. */
  headers: string[];
  /** Names that occur again after the first column of that name; the later columns are ignored. */
  duplicateHeaders: string[];
}

/** One record as text cells keyed by header, or the reason it could not be read. */
export interface SourceRow {
  /** CSV/XLSX: the spreadsheet row (header = 1); JSON: the 1-based element index; JSONL: the line number. */
  rowNo: number;
  values: Record<string, string>;
  /** A row the reader could not read whole; `column` names the cell at fault when there is one. */
  error?: { code: string; message: string; column?: string };
}

/** An opened file: its header facts, and its rows to stream once. */
export interface OpenedSource {
  info: SourceInfo;
  /** Read once. Leaving the loop early (break, return) closes the file. */
  rows: AsyncIterable<SourceRow>;
}

/** Options of openSource. */
export interface OpenSourceOptions {
  format?: SourceFormat;
  /** Longest cell in characters; a longer one is a CELL_TOO_LONG row error. Default 65536. */
  maxCellLength?: number;
  /** Larger inputs are refused with FILE_TOO_LARGE. */
  maxBytes?: number;
}

const SAMPLE_BYTES = 64 * 1024;
/** Read size: csv-parse turns a whole chunk into records at once, so this also bounds that burst. */
const CHUNK_BYTES = 64 * 1024;
const MiB = 1024 * 1024;
/** Zip-bomb limits: total declared size, and the size above which an entry's ratio is checked. */
const ZIP_MAX_TOTAL = 512 * MiB;
const ZIP_RATIO_MIN_SIZE = 10 * MiB;
const ZIP_MAX_RATIO = 200;
const ZIP_MAX_ENTRIES = 10_000;
/** JSON objects in the head that decide the initial header list. */
const JSON_HEADER_SAMPLE = 100;

/** Bytes one record may take: 64 cells of maxCellLength 4-byte characters (16 MiB by default), at least 1 MiB. */
const recordLimit = (maxCell: number) => Math.max(MiB, maxCell * 4 * 64);

const fail = (code: string, message: string, details?: unknown) => new AppError(code, message, 400, details);
const isBlank = (s: string | undefined) => s === undefined || s.trim() === '';
const mib = (n: number) => `${(n / MiB).toFixed(1)} MB`;

/** Trims a header cell and strips a required mark: a leading `*`/`＊`, a trailing `（必填）`/`(必填)`. */
export function stripRequiredMark(header: string): string {
  return header
    .trim()
    .replace(/^[*＊]+/, '')
    .replace(/[（(]\s*必填\s*[)）]$/, '')
    .trim();
}

/**
 * Opens an uploaded file or buffer for streaming. The format comes from `opts.format`, else the file
 * extension, else the content. Resolves once the header is known; throws AppError (400) with EMPTY_FILE,
 * NO_HEADER, XLSX_INVALID, ZIP_BOMB, FILE_TOO_LARGE, JSON_INVALID or ENCODING_UNSUPPORTED when the file
 * cannot be read at all. Everything wrong with single rows comes out as row errors.
 */
export async function openSource(
  input: { path: string } | { buffer: Buffer; filename?: string },
  opts: OpenSourceOptions = {},
): Promise<OpenedSource> {
  const bytes = 'path' in input ? await fileBytes(input.path) : bufferBytes(input.buffer);
  const name = 'path' in input ? input.path : (input.filename ?? '');
  if (opts.maxBytes !== undefined && bytes.size > opts.maxBytes) {
    throw fail('FILE_TOO_LARGE', `文件大小 ${mib(bytes.size)} 超过上限 ${mib(opts.maxBytes)}，请拆分后分批提交`);
  }
  if (bytes.size === 0) throw fail('EMPTY_FILE', '文件为空（0 字节）');
  const head = await bytes.readAt(0, SAMPLE_BYTES);
  const format = chooseFormat(opts.format, name, head);
  const maxCell = opts.maxCellLength ?? 65536;
  if (format === 'xlsx') return openXlsx(bytes, maxCell);

  const text = await refineAsciiHead(detectEncoding(head, bytes.size), head, bytes);
  if (text.sample.trim() === '' && bytes.size <= head.length) throw fail('EMPTY_FILE', '文件没有内容（只有空白或字节顺序标记）');
  if (format === 'csv') return openCsv(bytes, text, maxCell);
  return openJson(bytes, text, format, maxCell);
}

// ---------------------------------------------------------------------------------------------
// Input bytes: one random-access view over a path or a buffer

interface Bytes {
  size: number;
  readAt(position: number, length: number): Promise<Buffer>;
  stream(start: number): Readable;
}

async function fileBytes(path: string): Promise<Bytes> {
  const { size } = await stat(path);
  return {
    size,
    async readAt(position, length) {
      const fh = await open(path, 'r');
      try {
        const buf = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
        const { bytesRead } = await fh.read(buf, 0, buf.length, position);
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    },
    stream: (start) => createReadStream(path, { start, highWaterMark: CHUNK_BYTES }),
  };
}

function bufferBytes(buffer: Buffer): Bytes {
  return {
    size: buffer.length,
    readAt: async (position, length) => buffer.subarray(position, position + length),
    // Chunked, so a large upload is parsed (and back-pressured) piece by piece like a file.
    stream: (start) =>
      Readable.from(
        (function* () {
          for (let i = start; i < buffer.length; i += CHUNK_BYTES) yield buffer.subarray(i, i + CHUNK_BYTES);
        })(),
        { objectMode: false },
      ),
  };
}

// ---------------------------------------------------------------------------------------------
// Format and encoding

const EXTENSIONS: Record<string, SourceFormat> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};
const isZip = (head: Buffer) => head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
/** OLE2 compound file: the binary .xls of Excel 97–2003. */
const isOle = (head: Buffer) => head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1;

function chooseFormat(forced: SourceFormat | undefined, name: string, head: Buffer): SourceFormat {
  if (forced) return forced;
  if (isOle(head)) throw fail('XLSX_INVALID', '不支持 Excel 97–2003 (.xls) 格式，请在 Excel 中另存为 .xlsx 或 CSV 后提交');
  // A workbook renamed to .csv is still a workbook: the zip signature wins over the extension.
  if (isZip(head)) return 'xlsx';
  const byName = EXTENSIONS[extname(name).toLowerCase()];
  if (byName) return byName;
  const first = head
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '')
    .trimStart()[0];
  return first === '[' ? 'json' : first === '{' ? 'jsonl' : 'csv';
}

interface TextSource {
  encoding: NonNullable<SourceInfo['encoding']>;
  bomLength: number;
  /** The decoded head of the file, for delimiter and shape detection. */
  sample: string;
}

const ASCII_SCAN_LIMIT = 64 * 1024 * 1024;

/**
 * A head of pure ASCII says nothing about the encoding (a GBK export can start with thousands of ASCII-only
 * rows). Then the first non-ASCII bytes further on decide, looked for in the first 64 MiB; the head decodes the
 * same either way, so only the label changes.
 */
async function refineAsciiHead(text: TextSource, head: Buffer, bytes: Bytes): Promise<TextSource> {
  if (text.encoding !== 'utf-8' || bytes.size <= head.length || head.some((b) => b >= 0x80)) return text;
  for (let pos = head.length; pos < Math.min(bytes.size, ASCII_SCAN_LIMIT); pos += SAMPLE_BYTES) {
    const block = await bytes.readAt(pos, SAMPLE_BYTES * 2);
    const first = block.findIndex((b) => b >= 0x80);
    if (first < 0 || first >= SAMPLE_BYTES) continue;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(block.subarray(first), { stream: true });
      return text;
    } catch {
      return { ...text, encoding: 'gb18030' };
    }
  }
  return text;
}

function detectEncoding(head: Buffer, size: number): TextSource {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    throw fail('ENCODING_UNSUPPORTED', '文件为 UTF-16/UTF-32 编码，请另存为 UTF-8 或 GBK 编码的 CSV');
  }
  const bomLength = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const body = head.subarray(bomLength);
  // Text files have no NUL bytes; UTF-16 without a BOM and binary files do.
  if (body.includes(0)) throw fail('ENCODING_UNSUPPORTED', '文件含有 NUL 字节：不是 UTF-8 或 GBK 文本（可能是 UTF-16 编码或二进制文件）');
  try {
    // stream: true leaves a multi-byte character cut by the end of the sample pending instead of failing.
    const sample = new TextDecoder('utf-8', { fatal: true }).decode(body, { stream: size > head.length });
    return { encoding: bomLength ? 'utf-8-bom' : 'utf-8', bomLength, sample };
  } catch {
    // GB18030 is a superset of GBK and GB2312, which Chinese Excel and government systems export. The bytes
    // decide, not a BOM: some tools put a UTF-8 BOM in front of GBK text.
    return { encoding: 'gb18030', bomLength, sample: iconv.decode(body, 'gb18030') };
  }
}

/** Decoded text chunks of a stream; a character split across chunks is carried over. */
async function* decodeChunks(source: Readable, encoding: TextSource['encoding']): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf8', { stripBOM: false });
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) yield decoder.write(chunk);
    const rest = decoder.end();
    if (rest) yield rest;
  } finally {
    source.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// Tables (CSV, XLSX): raw records → header + rows

interface RawRecord {
  rowNo: number;
  cells: string[];
  error?: SourceRow['error'];
}

/** What a physical column is: a named column, the later copy of a duplicate name, or a column without a name. */
type Column = string | { ignored: 'duplicate' | 'blank' };

function headerColumns(cells: string[]): { columns: Column[]; headers: string[]; duplicateHeaders: string[] } {
  const headers: string[] = [];
  const duplicateHeaders: string[] = [];
  const columns = cells.map((cell): Column => {
    const name = stripRequiredMark(cell);
    // __proto__ cannot be a key of a plain values object.
    if (name === '' || name === '__proto__') return { ignored: 'blank' };
    if (headers.includes(name)) {
      if (!duplicateHeaders.includes(name)) duplicateHeaders.push(name);
      return { ignored: 'duplicate' };
    }
    headers.push(name);
    return name;
  });
  return { columns, headers, duplicateHeaders };
}

function tableRow(rec: RawRecord, columns: Column[], maxCell: number): SourceRow | undefined {
  if (rec.error) return { rowNo: rec.rowNo, values: {}, error: rec.error };
  if (rec.cells.every(isBlank)) return undefined;
  const values: Record<string, string> = {};
  let error: SourceRow['error'];
  columns.forEach((col, i) => {
    if (typeof col !== 'string') return;
    const cell = rec.cells[i] ?? '';
    if (cell.length > maxCell) {
      // The oversized text is dropped: it is rejected anyway and must not travel on into reports.
      values[col] = '';
      error ??= { code: 'CELL_TOO_LONG', message: `“${col}”列的内容长 ${cell.length} 字符，超过上限 ${maxCell}`, column: col };
    } else values[col] = cell;
  });
  for (let i = 0; i < rec.cells.length; i++) {
    const col = columns[i];
    // A value under no header cannot be placed: in CSV it usually means an unquoted comma shifted the row.
    if ((col === undefined || (typeof col !== 'string' && col.ignored === 'blank')) && !isBlank(rec.cells[i])) {
      error ??= {
        code: 'EXTRA_CELLS',
        message: `第 ${i + 1} 列没有表头却有内容（本行 ${rec.cells.length} 列，表头 ${columns.length} 列）`,
      };
      break;
    }
  }
  return error ? { rowNo: rec.rowNo, values, error } : { rowNo: rec.rowNo, values };
}

/** Pulls records up to the header (the first non-empty record), then hands out the rest as rows. */
async function openTable(
  info: Omit<SourceInfo, 'headers' | 'duplicateHeaders'>,
  records: AsyncGenerator<RawRecord>,
  maxCell: number,
): Promise<OpenedSource> {
  let header: RawRecord | undefined;
  try {
    for (let r = await records.next(); !r.done; r = await records.next()) {
      if (r.value.error) {
        throw fail(r.value.error.code === 'XLSX_INVALID' ? 'XLSX_INVALID' : 'NO_HEADER', `无法读取表头：${r.value.error.message}`);
      }
      if (!r.value.cells.every(isBlank)) {
        header = r.value;
        break;
      }
    }
  } catch (err) {
    await records.return(undefined);
    if (err instanceof AppError) throw err;
    throw fail(info.format === 'xlsx' ? 'XLSX_INVALID' : 'NO_HEADER', `文件无法读取：${(err as Error).message}`);
  }
  if (!header) throw fail('NO_HEADER', '文件中没有表头行：第一行非空行应为字段名称');
  const { columns, headers, duplicateHeaders } = headerColumns(header.cells);
  async function* rows(): AsyncGenerator<SourceRow> {
    for await (const rec of records) {
      const row = tableRow(rec, columns, maxCell);
      if (row) yield row;
    }
  }
  return { info: { ...info, headers, duplicateHeaders }, rows: closing(rows(), records) };
}

/**
 * An iterator whose return() also closes the underlying reader, even when the rows were never started
 * (returning a generator that has not started does not run its finally blocks).
 */
function closing<T>(outer: AsyncGenerator<T>, inner: AsyncGenerator<unknown>): AsyncIterableIterator<T> {
  const it: AsyncIterableIterator<T> = {
    next: () => outer.next(),
    async return() {
      const result = await outer.return(undefined);
      await inner.return(undefined);
      return result;
    },
    [Symbol.asyncIterator]: () => it,
  };
  return it;
}

// ---------------------------------------------------------------------------------------------
// CSV

function openCsv(bytes: Bytes, text: TextSource, maxCell: number): Promise<OpenedSource> {
  const firstLine = text.sample.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const delimiter = firstLine.includes(',') ? ',' : firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ',';
  // A runaway quoted field (a quote never closed) must not buffer the rest of a 1 GB file.
  const maxRecordBytes = recordLimit(maxCell);
  const records = csvRecords(bytes.stream(text.bomLength), text.encoding, delimiter, maxRecordBytes);
  return openTable({ format: 'csv', encoding: text.encoding }, records, maxCell);
}

async function* csvRecords(
  source: Readable,
  encoding: TextSource['encoding'],
  delimiter: string,
  maxRecordBytes: number,
): AsyncGenerator<RawRecord> {
  const skipped: RawRecord[] = [];
  let runaway = false;
  const parser = parse({
    delimiter,
    bom: false,
    relax_column_count: true,
    // A stray quote inside a field is kept as text rather than costing the whole rest of the file.
    relax_quotes: true,
    // Blank lines come through as [''] and are dropped below: counting them here gives the row number
    // Excel shows without csv-parse's per-record info objects, which halve its speed.
    skip_empty_lines: false,
    // With the relax options above the only record error left is a quote still open at the end of input.
    skip_records_with_error: true,
    on_skip: (err) => {
      const rowNo = parser.info.records + skipped.length + 1;
      skipped.push({
        rowNo,
        cells: [],
        error:
          runaway || err?.code === 'CSV_QUOTE_NOT_CLOSED'
            ? { code: 'TRUNCATED', message: `第 ${rowNo} 行起的引号没有闭合，文件在此被截断或格式错误，此后内容无法读取` }
            : { code: 'CSV_INVALID', message: `第 ${rowNo} 行格式错误：${err?.message ?? '无法解析'}` },
      });
      return undefined;
    },
  });
  let fed = 0;
  const guard = async function* (chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      fed += buf.length;
      if (fed - parser.info.bytes > maxRecordBytes) {
        // Ending the input here leaves the parser inside the open quote: it reports CSV_QUOTE_NOT_CLOSED.
        runaway = true;
        return;
      }
      yield buf;
    }
  };
  const stages = encoding === 'gb18030' ? pipeline(source, iconv.decodeStream('gb18030'), guard, parser) : pipeline(source, guard, parser);
  // Errors surface through the parser's iterator; this only keeps an early exit from being unhandled.
  stages.catch(() => undefined);
  let rowNo = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      rowNo++;
      if (cells.length === 1 && cells[0] === '') continue;
      yield { rowNo, cells };
    }
    yield* skipped;
  } finally {
    parser.destroy();
    source.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// XLSX

async function openXlsx(bytes: Bytes, maxCell: number): Promise<OpenedSource> {
  await checkZip(bytes);
  return openTable({ format: 'xlsx' }, xlsxRecords(bytes.stream(0)), maxCell);
}

/**
 * Rejects zip bombs before anything is inflated, from the sizes the central directory declares: the
 * total, and the compression ratio of each large entry. A file that is not a zip is XLSX_INVALID.
 */
async function checkZip(bytes: Bytes): Promise<void> {
  const invalid = (why: string) => fail('XLSX_INVALID', `文件不是有效的 XLSX 工作簿（${why}），请用 Excel 另存为 .xlsx 后重新提交`);
  const bomb = (why: string) => fail('ZIP_BOMB', `XLSX 文件${why}，疑似压缩炸弹，已拒绝读取`);
  const tailStart = Math.max(0, bytes.size - (22 + 0xffff));
  const tail = await bytes.readAt(tailStart, bytes.size - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50 && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw invalid('找不到 ZIP 目录');
  let entries = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = await bytes.readAt(tailStart + eocd - 20, 20);
    if (locator.length < 20 || locator.readUInt32LE(0) !== 0x07064b50) throw invalid('ZIP64 目录损坏');
    const z64 = await bytes.readAt(Number(locator.readBigUInt64LE(8)), 56);
    if (z64.length < 56 || z64.readUInt32LE(0) !== 0x06064b50) throw invalid('ZIP64 目录损坏');
    entries = Number(z64.readBigUInt64LE(32));
    cdSize = Number(z64.readBigUInt64LE(40));
    cdOffset = Number(z64.readBigUInt64LE(48));
  }
  if (entries === 0 || cdOffset + cdSize > bytes.size) throw invalid('ZIP 目录损坏');
  if (entries > ZIP_MAX_ENTRIES || cdSize > 16 * MiB) throw bomb(`包含的条目过多（${entries} 个）`);
  const cd = await bytes.readAt(cdOffset, cdSize);
  let total = 0;
  for (let n = 0, pos = 0; n < entries; n++) {
    if (pos + 46 > cd.length || cd.readUInt32LE(pos) !== 0x02014b50) throw invalid('ZIP 目录损坏');
    let compressed = cd.readUInt32LE(pos + 20);
    let size = cd.readUInt32LE(pos + 24);
    const nameLength = cd.readUInt16LE(pos + 28);
    const extraLength = cd.readUInt16LE(pos + 30);
    const name = cd.toString('utf8', pos + 46, pos + 46 + nameLength);
    if (size === 0xffffffff || compressed === 0xffffffff) {
      // ZIP64 extra field (0x0001): the 8-byte sizes that overflowed, uncompressed first.
      const extra = cd.subarray(pos + 46 + nameLength, pos + 46 + nameLength + extraLength);
      for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) {
        if (extra.readUInt16LE(e) !== 0x0001) continue;
        let at = e + 4;
        if (size === 0xffffffff && at + 8 <= extra.length) {
          size = Number(extra.readBigUInt64LE(at));
          at += 8;
        }
        if (compressed === 0xffffffff && at + 8 <= extra.length) compressed = Number(extra.readBigUInt64LE(at));
        break;
      }
    }
    total += size;
    if (size > ZIP_RATIO_MIN_SIZE && size > compressed * ZIP_MAX_RATIO) {
      throw bomb(`中的 ${name} 压缩比过高（${mib(compressed)} 解压为 ${mib(size)}）`);
    }
    pos += 46 + nameLength + extraLength + cd.readUInt16LE(pos + 32);
  }
  if (total > ZIP_MAX_TOTAL) throw bomb(`解压后总大小 ${mib(total)} 超过上限 ${mib(ZIP_MAX_TOTAL)}`);
}

interface SheetModel {
  model?: { sheets?: { name: string }[] };
}

async function* xlsxRecords(source: Readable): AsyncGenerator<RawRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    entries: 'emit',
    sharedStrings: 'cache',
    worksheets: 'emit',
    // Styles carry the number formats that tell a date cell from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
  });
  let rowNo = 0;
  let found = false;
  try {
    for await (const sheet of reader) {
      // The first worksheet in workbook order; a sheet the workbook does not list is taken as it comes.
      const names = (reader as unknown as SheetModel).model?.sheets?.map((s) => s.name) ?? [];
      const name = (sheet as unknown as { name?: string }).name ?? '';
      if (names.includes(name) && name !== names[0]) continue;
      found = true;
      for await (const row of sheet) {
        rowNo = row.number;
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          cells[col - 1] = cellText(cell.value, cell.numFmt);
        });
        yield { rowNo, cells: Array.from(cells, (c) => c ?? '') };
      }
      return;
    }
    if (!found) yield { rowNo: 1, cells: [], error: { code: 'XLSX_INVALID', message: '压缩包中没有工作表' } };
  } catch (err) {
    yield {
      rowNo: rowNo + 1,
      cells: [],
      error: { code: 'XLSX_INVALID', message: `第 ${rowNo + 1} 行起无法读取：${(err as Error).message}` },
    };
  } finally {
    source.destroy();
  }
}

/** Excel's rule for a date format: y m d h s (b: Buddhist year) outside quotes and [brackets]. */
const isDateFormat = (fmt: string | undefined) => !!fmt && /[ymdhsb]/i.test(fmt.replace(/\[[^\]]*]|"[^"]*"/g, ''));

const pad = (n: number) => String(n).padStart(2, '0');
const dateText = (d: Date) => (Number.isNaN(d.getTime()) ? '' : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
/** Up to 15 significant digits, as Excel shows them: 0.2 not 0.20000000000000001. */
const numberText = (n: number) => (Number.isFinite(n) ? String(Number(n.toPrecision(15))) : '');

/** The text a person sees in a cell: formulas give their cached result, rich text and links their text. */
function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Plain date cells arrive as Date already; a formula's date result is a serial number.
  if (typeof value === 'number')
    return isDateFormat(numFmt) ? dateText(new Date(Math.round((value - 25569) * 86400000))) : numberText(value);
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text ?? '').join('');
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result, numFmt);
  if ('error' in value) return value.error;
  if ('text' in value) return cellText(value.text, numFmt);
  return '';
}

// ---------------------------------------------------------------------------------------------
// JSON array and JSONL

interface JsonItem {
  rowNo: number;
  value?: unknown;
  error?: SourceRow['error'];
}

async function openJson(bytes: Bytes, text: TextSource, format: 'json' | 'jsonl', maxCell: number): Promise<OpenedSource> {
  // The content decides between the two shapes; a lone object or a wrapper ({"data": …}) is neither.
  const body = text.sample.trimStart();
  let shape = format;
  if (body.startsWith('[')) shape = 'json';
  else if (body.startsWith('{') && (format === 'jsonl' || isJsonObject(body.split(/\r?\n/)[0] ?? ''))) shape = 'jsonl';
  else throw fail('JSON_INVALID', 'JSON 文件应为对象数组（以 [ 开头），或每行一个对象的 JSONL');
  const maxElement = recordLimit(maxCell);
  const chunks = decodeChunks(bytes.stream(text.bomLength), text.encoding);
  const items = shape === 'json' ? arrayItems(chunks, maxElement) : lineItems(chunks, maxElement);

  const head: JsonItem[] = [];
  let objects = 0;
  for (let r = await items.next(); !r.done; r = await items.next()) {
    head.push(r.value);
    // Bounded even when the head holds no objects at all (an array of numbers).
    if ((isRecord(r.value.value) && ++objects >= JSON_HEADER_SAMPLE) || head.length >= JSON_HEADER_SAMPLE * 10) break;
  }
  if (head.length === 0) {
    await items.return(undefined);
    throw fail('NO_HEADER', shape === 'json' ? 'JSON 数组为空：没有可导入的记录' : '文件中没有可导入的记录');
  }
  const info: SourceInfo = { format: shape, encoding: text.encoding, headers: [], duplicateHeaders: [] };
  // Raw key → header name (trimmed, required mark stripped), or null for a later duplicate.
  const keys = new Map<string, string | null>();
  const mapKey = (key: string) => {
    let name = keys.get(key);
    if (name !== undefined) return name;
    const stripped = stripRequiredMark(key);
    name = stripped === '' || stripped === '__proto__' ? null : stripped;
    if (name !== null && info.headers.includes(name)) {
      if (!info.duplicateHeaders.includes(name)) info.duplicateHeaders.push(name);
      name = null;
    } else if (name !== null) info.headers.push(name);
    keys.set(key, name);
    return name;
  };
  for (const item of head) if (isRecord(item.value)) Object.keys(item.value).forEach(mapKey);

  const toRow = (item: JsonItem): SourceRow => {
    if (item.error) return { rowNo: item.rowNo, values: {}, error: item.error };
    if (!isRecord(item.value)) {
      const what = Array.isArray(item.value) ? '数组' : item.value === null ? 'null' : typeof item.value;
      const where = shape === 'json' ? `第 ${item.rowNo} 个元素` : `第 ${item.rowNo} 行`;
      return {
        rowNo: item.rowNo,
        values: {},
        error: { code: 'JSON_INVALID', message: `${where}不是对象（是 ${what}），每条记录应为一个对象` },
      };
    }
    const values: Record<string, string> = {};
    let error: SourceRow['error'];
    for (const [key, raw] of Object.entries(item.value)) {
      const name = mapKey(key);
      if (name === null) continue;
      const value =
        raw === null || raw === undefined
          ? ''
          : typeof raw === 'string'
            ? raw
            : typeof raw === 'object'
              ? JSON.stringify(raw)
              : String(raw);
      if (value.length > maxCell) {
        values[name] = '';
        error ??= { code: 'CELL_TOO_LONG', message: `“${name}”的内容长 ${value.length} 字符，超过上限 ${maxCell}`, column: name };
      } else values[name] = value;
    }
    return error ? { rowNo: item.rowNo, values, error } : { rowNo: item.rowNo, values };
  };
  async function* rows(): AsyncGenerator<SourceRow> {
    for (const item of head.splice(0)) yield toRow(item);
    for await (const item of items) yield toRow(item);
  }
  return { info, rows: closing(rows(), items) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isJsonObject(text: string): boolean {
  try {
    return isRecord(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * JSON.parse for one record. Integers of 16 digits or more (ID numbers sent as numbers) are quoted
 * first: as doubles they would lose their last digits.
 */
function parseRecord(text: string, rowNo: number, what: string): JsonItem {
  try {
    const safe = text.replace(/"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])(-?\d{16,})(?![\d.eE])/g, (m, digits: string | undefined) =>
      digits ? `"${digits}"` : m,
    );
    return { rowNo, value: JSON.parse(safe) };
  } catch (err) {
    return { rowNo, error: { code: 'JSON_INVALID', message: `${what}不是有效的 JSON：${(err as Error).message}` } };
  }
}

const tooLarge = (rowNo: number, what: string, limit: number): JsonItem => ({
  rowNo,
  error: { code: 'JSON_INVALID', message: `${what}超过 ${mib(limit)}，未读取` },
});

/**
 * Splits a top-level JSON array into its elements' texts without parsing the whole file: tracks strings,
 * escapes and nesting depth, cuts at the commas of depth 0. A file that ends inside the array gives the
 * complete elements, then TRUNCATED.
 */
async function* arrayItems(chunks: AsyncIterable<string>, maxElement: number): AsyncGenerator<JsonItem> {
  let phase: 'start' | 'array' | 'done' = 'start';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let inElement = false;
  let oversize = false;
  let buf = '';
  let index = 0;
  const finish = (text: string): JsonItem => {
    index++;
    const what = `第 ${index} 个元素`;
    const item = oversize ? tooLarge(index, what, maxElement) : parseRecord(text, index, what);
    inElement = oversize = false;
    buf = '';
    return item;
  };
  for await (const chunk of chunks) {
    let start = inElement ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      if (phase === 'start') {
        // openJson checked the first character already; anything else here is a BOM-less oddity.
        if (c === 0x5b) phase = 'array';
        continue;
      }
      if (phase === 'done') {
        yield { rowNo: index + 1, error: { code: 'JSON_INVALID', message: '数组结束后还有多余内容，已忽略' } };
        return;
      }
      if (depth === 0 && (c === 0x2c || c === 0x5d)) {
        if (inElement) yield finish(buf + chunk.slice(start, i));
        else if (c === 0x2c) yield finish(''); // [1,,2]: an empty element
        start = -1;
        if (c === 0x5d) phase = 'done';
        continue;
      }
      if (!inElement) {
        inElement = true;
        start = i;
      }
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) depth--;
    }
    if (inElement && start >= 0 && !oversize) {
      buf += chunk.slice(start);
      if (buf.length > maxElement) {
        oversize = true;
        buf = '';
      }
    }
  }
  if (phase !== 'done') {
    // The last element may be whole with only the closing bracket missing.
    if (inElement && depth === 0 && !inString) yield finish(buf);
    index++;
    yield {
      rowNo: index,
      error: { code: 'TRUNCATED', message: `文件在第 ${index} 个元素处被截断（JSON 数组没有结束），此前的完整记录已读取` },
    };
  }
}

/** One JSON object per line; blank lines are skipped; rowNo is the line number. */
async function* lineItems(chunks: AsyncIterable<string>, maxLine: number): AsyncGenerator<JsonItem> {
  let rest = '';
  let lineNo = 0;
  let oversize = false;
  const line = (text: string): JsonItem | undefined => {
    lineNo++;
    const what = `第 ${lineNo} 行`;
    if (oversize) {
      oversize = false;
      return tooLarge(lineNo, what, maxLine);
    }
    return text.trim() === '' ? undefined : parseRecord(text, lineNo, what);
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      const item = line(rest + chunk.slice(from, nl));
      rest = '';
      from = nl + 1;
      if (item) yield item;
    }
    if (!oversize) rest += chunk.slice(from);
    if (rest.length > maxLine) {
      oversize = true;
      rest = '';
    }
  }
  if (rest !== '' || oversize) {
    const item = line(rest);
    if (item) yield item;
  }
}
