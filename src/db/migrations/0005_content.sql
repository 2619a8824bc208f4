-- Portal content: 信用动态 (news), 政策法规 (policies). Small table, not sharded.
CREATE TABLE content_articles (
  slug          text PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('news', 'policy')),
  title         text NOT NULL,
  summary       text NOT NULL,
  body          jsonb NOT NULL,
  source        text,
  published_on  date NOT NULL,
  checksum      text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_articles_kind_date ON content_articles (kind, published_on DESC);
