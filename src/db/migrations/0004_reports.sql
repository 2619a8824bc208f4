-- Credit reports (法人和非法人组织公共信用信息报告): the issued JSON, its hash, and the state of every record and
-- list entry it contains, so verification can tell whether any of them changed since issue.

-- One row per issue date; the serial is taken by an upsert in the issuing transaction (the row lock makes
-- concurrent issuers wait for each other), so numbers are unique and gapless per day.
CREATE TABLE report_counters (
  issue_date  date PRIMARY KEY,
  last_serial integer NOT NULL
);

-- Distributed by subject_id like every large table; the report number is unique by construction (the
-- counter), and looked up through its own index.
CREATE TABLE credit_reports (
  subject_id   bigint NOT NULL REFERENCES subjects (id),
  report_no    text NOT NULL CHECK (report_no ~ '^[0-9]{14}$'),
  issue_date   date NOT NULL,
  issued_at    timestamptz NOT NULL,
  purpose      text,
  content      jsonb NOT NULL,
  content_hash text NOT NULL,
  -- [{ kind: 'record' | 'list_entry', id, status, hash }]: what verification compares with the live rows.
  items        jsonb NOT NULL DEFAULT '[]'::jsonb,
  issued_by    text,
  PRIMARY KEY (subject_id, report_no)
);
CREATE INDEX credit_reports_no ON credit_reports (report_no);
-- Indicator 8: reports issued, counted by issue date.
CREATE INDEX credit_reports_issue_date ON credit_reports (issue_date);
