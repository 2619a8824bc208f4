import { useEffect, useRef, type ReactNode } from 'react';

/** Messages per field, keyed by the API's field path (`description`, `applicant.phone`, `evidence` …). */
export type FieldErrors = Record<string, string>;

export interface FormFailure {
  /** What to say above the submit button. */
  message: string;
  code: string;
  fields: FieldErrors;
  details: unknown;
}

// Evidence errors name one file (`evidence[2]`, `evidence.2.content`): they are shown with the upload field.
function fieldKey(path: string): string {
  return path.startsWith('evidence') ? 'evidence' : path;
}

/**
 * An API error (the portal's ApiError or the console's ConsoleApiError: a message, a code and `details`) as a
 * form shows it: schema errors (`details: [{ field, message }]`) and the services' errors (`details: { field }`)
 * become messages next to their fields; anything else is a message for the whole form.
 */
export function failureOf(err: unknown): FormFailure {
  if (!(err instanceof Error)) return { message: '提交失败，请稍后重试', code: '', fields: {}, details: null };
  const e = err as Error & { code?: unknown; details?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const fields: FieldErrors = {};
  if (Array.isArray(e.details)) {
    for (const d of e.details as { field?: unknown; message?: unknown }[]) {
      if (typeof d.field === 'string' && typeof d.message === 'string') fields[fieldKey(d.field)] ??= d.message;
    }
  } else if (e.details && typeof e.details === 'object') {
    const field = (e.details as { field?: unknown }).field;
    if (typeof field === 'string') fields[fieldKey(field)] = e.message;
  }
  const n = Object.keys(fields).length;
  const message = n > 1 ? `有 ${n} 处需要修改，请查看标出的内容` : n === 1 ? `请修改标出的内容：${Object.values(fields)[0]}` : e.message;
  return { message, code, fields, details: e.details };
}

/** Ids and ARIA attributes of a form control with its hint and its error. */
export function controlProps(id: string, error: string | undefined, hint?: boolean) {
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined } as const;
}

/** A labelled form row: label (with 必填/选填), hint, the control, and the error under it. */
export function Field({
  id,
  label,
  required,
  hint,
  error,
  wide,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'form-row wide' : 'form-row'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="req">（必填）</span> : <span className="opt">（选填）</span>}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface Applicant {
  name: string;
  phone: string;
  email: string;
}

export const NO_APPLICANT: Applicant = { name: '', phone: '', email: '' };

/** The applicant's (contact's) name, phone and e-mail: personal data, seen only by the officers who handle the case. */
export function ApplicantFields({
  value,
  onChange,
  errors,
  prefix,
  legend = '联系人',
}: {
  value: Applicant;
  onChange: (a: Applicant) => void;
  errors: FieldErrors;
  prefix: string;
  legend?: string;
}) {
  const set = (k: keyof Applicant) => (e: { target: { value: string } }) => onChange({ ...value, [k]: e.target.value });
  return (
    <fieldset className="form-section">
      <legend>{legend}</legend>
      <p className="hint">联系人信息只用于办理本申请，仅办理人员可见，不会在网站公开。</p>
      <div className="form-grid">
        <Field id={`${prefix}-applicant-name`} label="姓名" required error={errors['applicant.name']}>
          <input
            {...controlProps(`${prefix}-applicant-name`, errors['applicant.name'])}
            value={value.name}
            onChange={set('name')}
            maxLength={50}
            autoComplete="name"
          />
        </Field>
        <Field id={`${prefix}-applicant-phone`} label="联系电话" required error={errors['applicant.phone']}>
          <input
            {...controlProps(`${prefix}-applicant-phone`, errors['applicant.phone'])}
            type="tel"
            value={value.phone}
            onChange={set('phone')}
            maxLength={20}
            autoComplete="tel"
            inputMode="tel"
          />
        </Field>
        <Field id={`${prefix}-applicant-email`} label="电子邮箱" error={errors['applicant.email']}>
          <input
            {...controlProps(`${prefix}-applicant-email`, errors['applicant.email'])}
            type="email"
            value={value.email}
            onChange={set('email')}
            maxLength={100}
            autoComplete="email"
          />
        </Field>
      </div>
    </fieldset>
  );
}

export function applicantPayload(a: Applicant): { name: string; phone: string; email?: string } {
  return { name: a.name.trim(), phone: a.phone.trim(), ...(a.email.trim() ? { email: a.email.trim() } : {}) };
}

/** The message for the whole form, announced; after a failed submission focus moves to the first field to fix. */
export function FormMessage({ failure, children }: { failure: FormFailure | null; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!failure) return;
    const form = ref.current?.closest('form');
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? ref.current)?.focus();
  }, [failure]);
  if (!failure) return null;
  return (
    <div ref={ref} tabIndex={-1} className="error form-error" role="alert">
      <p>{failure.message}</p>
      {children}
    </div>
  );
}

/** The characters typed against the minimum the server asks for (descriptions of at least 10 characters). */
export function LengthHint({ text, min, max }: { text: string; min: number; max: number }) {
  const n = Array.from(text.trim()).length;
  return (
    <span className={n > 0 && n < min ? 'count-short' : undefined}>
      已输入 {n} 字{n < min ? `，至少 ${min} 字` : ''}（最多 {max} 字）
    </span>
  );
}
