import { useEffect, useState, type KeyboardEvent } from 'react';
import type { Profile, ProfileItem } from '../api';
import { useApi } from '../components';
import { Link } from '../router';
import { RecordFacts, recordParam } from '../record-context';
import { Field, controlProps, type FieldErrors } from './form-kit';

export interface Target {
  profile: Profile;
  item: ProfileItem | null;
}

function itemsOf(p: Profile): ProfileItem[] {
  return p.sections.flatMap((s) => s.items);
}

function optionLabel(it: ProfileItem): string {
  return [it.itemName, it.docNo, it.provider, it.decisionDate].filter(Boolean).join('｜');
}

/**
 * 信用主体 and the record concerned: the subject's code (prefilled from `?subject=`, which may also be the
 * subject's id), looked up on the public profile, and a choice among its records (`?record=`) with the chosen
 * record's category, document number and provider.
 */
export function TargetPicker({
  query,
  prefix,
  heading,
  choosable,
  emptyNote,
  errors,
  onChange,
  note,
  showRepairFrom,
}: {
  query: URLSearchParams;
  prefix: string;
  heading: string;
  /** Which records of the profile may be chosen here. */
  choosable: (item: ProfileItem) => boolean;
  /** Said when the subject has no record that may be chosen. */
  emptyNote: string;
  errors: FieldErrors;
  onChange: (t: Target | null) => void;
  /** A remark on the chosen record (e.g. an objection already in progress), or nothing. */
  note?: (item: ProfileItem) => string | null;
  showRepairFrom?: boolean;
}) {
  const initial = query.get('subject')?.trim() ?? '';
  // Links from a profile name the subject by its id: the field shows the code once the profile is found.
  const [code, setCode] = useState(/^\d{1,12}$/.test(initial) ? '' : initial);
  const [lookup, setLookup] = useState(initial);
  const [record, setRecord] = useState(query.get('record')?.trim() ?? '');
  const [codeError, setCodeError] = useState('');
  const profile = useApi<Profile>(lookup ? `/api/v1/subjects/${encodeURIComponent(lookup)}` : null);
  const p = lookup && profile.state === 'ok' ? profile.data : null;
  const items = p ? itemsOf(p).filter(choosable) : [];
  // The record asked for in the address, even when it may not be chosen here (the page says why).
  const asked = p && record ? itemsOf(p).find((it) => recordParam(it) === record) : undefined;
  const item = asked ?? null;

  useEffect(() => {
    // A profile opened by its id (links from the profile page) shows its code in the field.
    if (p && (code === '' || code === lookup)) setCode(p.code);
  }, [p?.id]);
  useEffect(() => {
    onChange(p ? { profile: p, item } : null);
  }, [p?.id, item?.id, item?.kind, item?.publicityStatus]);

  const find = () => {
    const v = code.trim();
    if (!v) return setCodeError('请填写统一社会信用代码');
    setCodeError('');
    if (v !== lookup) {
      setRecord('');
      setLookup(v);
    }
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter in the code field looks the subject up instead of sending the whole form.
    if (e.key === 'Enter') {
      e.preventDefault();
      find();
    }
  };
  const subjectError = codeError || errors['subject'] || (lookup && profile.state === 'error' ? profile.message : undefined);
  const recordError = errors['recordId'] ?? errors['listEntryId'];
  const remark = item && note ? note(item) : null;
  return (
    <fieldset className="form-section">
      <legend>{heading}</legend>
      <div className="form-row">
        <label htmlFor={`${prefix}-subject`}>
          统一社会信用代码<span className="req">（必填）</span>
        </label>
        <div className="inline-field">
          <input
            {...controlProps(`${prefix}-subject`, subjectError, true)}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onKeyDown={onKey}
            onBlur={() => code.trim() && code.trim() !== lookup && p?.code !== code.trim() && find()}
            maxLength={64}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="button" className="btn-secondary" onClick={find}>
            查找主体
          </button>
        </div>
        <p id={`${prefix}-subject-hint`} className="hint">
          18 位统一社会信用代码。从主体详情页的“提出异议”“申请信用修复”进入时已自动填好。
        </p>
        {subjectError ? (
          <p id={`${prefix}-subject-error`} className="field-error">
            {subjectError}
          </p>
        ) : null}
        {lookup && profile.state === 'loading' ? (
          <p className="hint" role="status">
            正在查找主体…
          </p>
        ) : null}
      </div>
      {p ? (
        <>
          <p className="target-subject">
            信用主体：
            <Link href={`/subjects/${p.id}`}>
              <strong>{p.name}</strong>
            </Link>
          </p>
          {items.length || asked ? (
            <Field id={`${prefix}-record`} label="涉及的信息" required error={recordError}>
              <select {...controlProps(`${prefix}-record`, recordError)} value={record} onChange={(e) => setRecord(e.target.value)}>
                <option value="">请选择一条信息</option>
                {asked && !items.includes(asked) ? <option value={recordParam(asked)}>{optionLabel(asked)}</option> : null}
                {items.map((it) => (
                  <option key={recordParam(it)} value={recordParam(it)}>
                    {optionLabel(it)}
                  </option>
                ))}
              </select>
            </Field>
          ) : (
            <p className="notice">{emptyNote}</p>
          )}
          {record && !asked ? <p className="notice">这条信息目前不在网站公示（可能已经修复、撤销或超过公示期），请重新选择。</p> : null}
          {item ? (
            <section className="record-box source" aria-label="所选信息">
              <RecordFacts item={item} showRepairFrom={showRepairFrom} />
              {remark ? <p className="notice">{remark}</p> : null}
            </section>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
