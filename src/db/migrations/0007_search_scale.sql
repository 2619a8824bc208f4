-- Name search at 1 M names (docs/BENCHMARKS.md, "Name search"). New rows of a GIN index first go to the
-- index's pending list, which every scan of the index reads whole until the list is merged into the index:
-- by (auto)vacuum, or by the inserting transaction once the list outgrows gin_pending_list_limit (4 MB by
-- default). At 1 M names autovacuum waits for some 200,000 new rows, so between merges a live server carries
-- up to 4 MB of pending names (about 30,000), and a name search, up to four scans of the trigram index, read
-- them on every scan: p95 107 ms at 1 M names with a full 4 MB list, 15 ms with none. A 256 kB list (about
-- 1,800 names) bounds that (p95 20 ms with a full one); subject inserts merge more often, in smaller steps
-- (about 13% fewer subjects/s measured at 1 M names; fastupdate off would leave a third of the rate).
ALTER INDEX subject_names_core_trgm SET (gin_pending_list_limit = 256);
ALTER INDEX subject_names_grams SET (gin_pending_list_limit = 256);
