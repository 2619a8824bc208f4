-- Name search (GET /api/v1/subjects): the search key of every name, as a generated column so every
-- path that writes subject_names (seed, intake, review) fills it. The expression mirrors `searchKey` in
-- src/modules/subjects/subjects.search.ts step by step (a test checks they agree):
--   name_norm (NFKC, no whitespace, lower case) → a bracketed (泰安) dropped → brackets, quotes, dots
--   dropped → 有限责任公司 ≡ 有限公司, 股份有限公司 ≡ 股份公司 → the city prefix (山东省泰安市, 泰安市,
--   泰安 …) dropped unless fewer than 2 characters would remain.
ALTER TABLE subject_names ADD COLUMN name_core text GENERATED ALWAYS AS (
  CASE
    WHEN char_length(regexp_replace(
      replace(replace(translate(regexp_replace(name_norm, '\(泰安市?\)', '', 'g'), '()[]{}【】〔〕《》〈〉<>"''“”‘’·・.,、', ''),
        '有限责任公司', '有限公司'), '股份有限公司', '股份公司'),
      '^(?:山东省?)?泰安市?', '')) >= 2
    THEN regexp_replace(
      replace(replace(translate(regexp_replace(name_norm, '\(泰安市?\)', '', 'g'), '()[]{}【】〔〕《》〈〉<>"''“”‘’·・.,、', ''),
        '有限责任公司', '有限公司'), '股份有限公司', '股份公司'),
      '^(?:山东省?)?泰安市?', '')
    ELSE replace(replace(translate(regexp_replace(name_norm, '\(泰安市?\)', '', 'g'), '()[]{}【】〔〕《》〈〉<>"''“”‘’·・.,、', ''),
        '有限责任公司', '有限公司'), '股份有限公司', '股份公司')
  END
) STORED;

-- Search runs over the key now: its trigram index replaces the one on name_norm (one index per name
-- row either way, so intake pays no more). Two-character queries keep using the bigram index (grams).
DROP INDEX IF EXISTS subject_names_trgm;
CREATE INDEX subject_names_core_trgm ON subject_names USING gin (name_core gin_trgm_ops);
