import { useEffect, useRef, type ReactNode } from 'react';
import { Link, href } from '../router';

/** The address of a case's progress page; the subject's code (public) may go in it, a complaint's query code does not. */
export function progressHref(caseNo: string, code?: string): string {
  return href('/progress', { no: caseNo, code });
}

/** What the applicant sees once a case is filed: its number, receipt and deadline, and the way to its progress. */
export function FiledPanel({
  title,
  caseNo,
  receivedOn,
  deadline,
  code,
  children,
}: {
  title: string;
  caseNo: string;
  receivedOn: string;
  deadline?: string | undefined;
  code?: string | undefined;
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card filed" aria-labelledby="h-filed">
      <h2 id="h-filed" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <dl className="fields">
        <div className="field">
          <dt>办理编号</dt>
          <dd>
            <strong className="case-no code">{caseNo}</strong>
          </dd>
        </div>
        <div className="field">
          <dt>收到日期</dt>
          <dd>{receivedOn}</dd>
        </div>
        {deadline ? (
          <div className="field">
            <dt>办理期限</dt>
            <dd>
              <strong>{deadline}</strong> 前
            </dd>
          </div>
        ) : null}
      </dl>
      {children}
      <p className="link-row">
        <Link href={progressHref(caseNo, code)} className="button-link">
          查看办理进度
        </Link>
        <Link href="/">返回首页</Link>
      </p>
    </section>
  );
}
