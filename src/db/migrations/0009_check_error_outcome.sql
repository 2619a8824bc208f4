-- A batch row that could not be checked at all (empty, unreadable identifier) is stored as `error`, so it is
-- not counted as a check in the statistics.
ALTER TABLE credit_checks DROP CONSTRAINT credit_checks_outcome_check;
ALTER TABLE credit_checks ADD CONSTRAINT credit_checks_outcome_check CHECK (outcome IN ('hit', 'clear', 'not_found', 'candidates', 'error'));
