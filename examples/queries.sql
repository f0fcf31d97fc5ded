-- Questions analysts ask of a zhmetrics dataset, in DuckDB SQL.
-- Run from the repository root after `make run`:  duckdb < examples/queries.sql
-- (TestExamplesSQL runs every statement of this file against out/ with DuckDB.)

-- 1. The largest currency figures of each document, with the document's title and date.
SELECT doc_id, title, date, surface, value, unit, qualifier, metric
FROM (
    SELECT f.*, d.title, d.date,
           row_number() OVER (PARTITION BY f.doc_id ORDER BY f.value DESC) AS rank
    FROM read_parquet('out/figures/*.parquet') f
    JOIN read_parquet('out/documents/*.parquet') d USING (doc_id)
    WHERE f.dimension = 'currency' AND f.value IS NOT NULL
)
WHERE rank <= 3
ORDER BY doc_id, rank;

-- 2. Every figure of one metric over time: here all figures whose metric mentions 企业 (firms).
--    The time axis is the figure's own period: period_start, or period_end for 截至… figures (no
--    start), falling back to the document's date when the text states no period.
SELECT coalesce(f.period_start, f.period_end, d.date) AS time_axis, f.period, f.period_start, f.period_end,
       d.date AS doc_date, f.surface, f.value, f.unit, f.qualifier, f.change, f.metric, f.doc_id
FROM read_parquet('out/figures/*.parquet') f
JOIN read_parquet('out/documents/*.parquet') d USING (doc_id)
WHERE f.metric LIKE '%企业%'
ORDER BY time_axis NULLS LAST, f.doc_id, f.start;

-- 3. How the figures split across dimensions and units.
SELECT dimension, unit, count(*) AS figures, min(value) AS smallest, max(value) AS largest
FROM read_parquet('out/figures/*.parquet')
GROUP BY dimension, unit
ORDER BY figures DESC;

-- 4. Changes: what rose and what fell, year on year where the text says so.
SELECT change, compare, count(*) AS figures, list(metric ORDER BY metric)[1:5] AS some_metrics
FROM read_parquet('out/figures/*.parquet')
WHERE change <> 'none'
GROUP BY change, compare
ORDER BY figures DESC;

-- 5. Documents that failed or were skipped, and why.
SELECT doc_id, status, error, bytes, processed_at
FROM read_parquet('out/documents/*.parquet')
WHERE status <> 'ok';
