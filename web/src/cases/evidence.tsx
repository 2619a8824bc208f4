import { useRef, useState, type ChangeEvent } from 'react';
import type { EvidenceFile } from '../api';

// The server's limits (src/modules/cases/cases.data.ts, EVIDENCE_LIMITS): it checks every file again by its bytes.
export const EVIDENCE_MAX_FILES = 5;
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

export interface PickedFile extends EvidenceFile {
  size: number;
  type: 'PDF' | 'JPG' | 'PNG';
}

/** The file's type by its first bytes, as the server decides it (the name's extension is not trusted). */
export function sniffType(head: Uint8Array): PickedFile['type'] | null {
  const at = (i: number) => head[i] ?? -1;
  if (String.fromCharCode(...head.subarray(0, 5)) === '%PDF-') return 'PDF';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'JPG';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => at(i) === b)) return 'PNG';
  return null;
}

export function fmtSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Reads one chosen file: its type by content, its size, and its bytes in Base64; or why it cannot be sent. */
async function readFile(file: File): Promise<PickedFile | string> {
  if (file.size === 0) return `“${file.name}”是空文件`;
  if (file.size > EVIDENCE_MAX_BYTES) return `“${file.name}”有 ${fmtSize(file.size)}，超过 5 MB`;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffType(bytes.subarray(0, 8));
  if (!type) return `“${file.name}”不是 PDF、JPG 或 PNG 文件`;
  return { fileName: file.name, content: toBase64(bytes), size: file.size, type };
}

/**
 * 证明材料: chooses PDF, JPG or PNG files (at most 5, each ≤ 5 MB), checks them here as the server will, and
 * lists the accepted ones with their size and a button to remove each.
 */
export function EvidencePicker({
  id,
  label,
  hint,
  files,
  onChange,
  required = false,
  serverError,
}: {
  id: string;
  label: string;
  hint?: string;
  files: PickedFile[];
  onChange: (files: PickedFile[]) => void;
  required?: boolean;
  /** The server's message about the evidence (e.g. a file it refused), shown with the field. */
  serverError?: string | undefined;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [reading, setReading] = useState(false);

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(e.target.files ?? []);
    // Cleared so that choosing the same file again (after removing it) fires a change.
    e.target.value = '';
    if (!chosen.length) return;
    setReading(true);
    const found: string[] = [];
    const next = [...files];
    for (const f of chosen) {
      if (next.length >= EVIDENCE_MAX_FILES) {
        found.push(`最多上传 ${EVIDENCE_MAX_FILES} 个文件，“${f.name}”未添加`);
        continue;
      }
      const r = await readFile(f);
      if (typeof r === 'string') found.push(r);
      else next.push(r);
    }
    setReading(false);
    setProblems(found);
    onChange(next);
  };

  const remove = (i: number) => {
    onChange(files.filter((_, j) => j !== i));
    setProblems([]);
    input.current?.focus();
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const shown = [...problems, ...(serverError ? [serverError] : [])];
  return (
    <div className="form-row">
      <label htmlFor={id}>
        {label}
        {required ? <span className="req">（必填）</span> : <span className="opt">（选填）</span>}
      </label>
      <p id={hintId} className="hint">
        {hint ? `${hint} ` : ''}PDF、JPG 或 PNG，每个不超过 5 MB，最多 {EVIDENCE_MAX_FILES} 个。
      </p>
      <input
        ref={input}
        id={id}
        className="file-input"
        type="file"
        multiple
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        onChange={(e) => void choose(e)}
        disabled={reading || files.length >= EVIDENCE_MAX_FILES}
        aria-invalid={shown.length ? true : undefined}
        aria-describedby={shown.length ? `${errorId} ${hintId}` : hintId}
      />
      <label htmlFor={id} className="file-button">
        {files.length ? '继续添加文件' : '选择文件'}
      </label>
      {reading ? (
        <p className="hint" role="status">
          正在读取文件…
        </p>
      ) : null}
      {shown.length ? (
        <div id={errorId} role="alert">
          <ul className="field-error">
            {shown.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {files.length ? (
        <ul className="file-list" aria-label="已选择的文件">
          {files.map((f, i) => (
            <li key={`${f.fileName}-${i}`}>
              <span className="file-type">{f.type}</span>
              <span className="file-name">{f.fileName}</span>
              <span className="file-size">{fmtSize(f.size)}</span>
              <button type="button" className="link-button" onClick={() => remove(i)}>
                删除<span className="visually-hidden">：{f.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The files as the API takes them. */
export function evidencePayload(files: PickedFile[]): EvidenceFile[] {
  return files.map((f) => ({ fileName: f.fileName, content: f.content }));
}
