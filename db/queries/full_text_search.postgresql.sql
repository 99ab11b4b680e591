-- PostgreSQL: text search over the GIN indexes of db/fts.py (the stored documents articles.fts_document and
-- quotes.fts_document). websearch_to_tsquery accepts any input: all words by default,
-- and also "quoted phrases", or, -word. rank is ts_rank, higher is better. Only the :candidates newest matches
-- of each source are ranked, and only the best :limit get a highlighted snippet (ts_headline, over the 1,600
-- characters of a body around the first word's first occurrence, or its start), so a word found everywhere
-- costs no more than a rare one. The candidates' conditions repeat the query expression (rather than
-- read the CTE) so the planner sees the words and can estimate how common they are: for a common word it walks
-- the primary key backwards and stops, for a rare one it asks the GIN index.
WITH query AS (
    -- terms decide what matches (all the words); any_terms ranks and highlights: ts_rank of an AND query falls to
    -- 1e-16 when the words stand far apart, and ts_headline marks nothing in a passage lacking one of them.
    SELECT websearch_to_tsquery('english', :words) AS terms,
           websearch_to_tsquery('english', REGEXP_REPLACE(TRIM(:words), '\s+', ' or ', 'g')) AS any_terms
),
article_candidates AS (
    SELECT a.id
    FROM articles AS a
    WHERE a.fts_document @@ websearch_to_tsquery('english', :words)
    ORDER BY a.id DESC
    LIMIT :candidates
),
quote_candidates AS (
    SELECT q.id
    FROM quotes AS q
    WHERE q.fts_document @@ websearch_to_tsquery('english', :words)
    ORDER BY q.id DESC
    LIMIT :candidates
),
ranked AS (
    SELECT 'article' AS source, a.id AS article_id, CAST(NULL AS INTEGER) AS quote_id, a.published_on,
           ts_rank(a.fts_document, query.any_terms) AS rank
    FROM article_candidates AS c
    JOIN articles AS a ON a.id = c.id
    CROSS JOIN query
    UNION ALL
    SELECT 'quote', q.article_id, q.id, q.published_on, ts_rank(q.fts_document, query.any_terms)
    FROM quote_candidates AS c
    JOIN quotes AS q ON q.id = c.id
    CROSS JOIN query
),
best AS (
    SELECT r.source, r.rank, r.article_id, r.quote_id, r.published_on
    FROM ranked AS r
    ORDER BY r.rank DESC, r.published_on NULLS LAST, r.article_id, r.quote_id NULLS FIRST
    LIMIT :limit
)
SELECT best.source,
       best.rank,
       best.article_id,
       best.quote_id,
       best.published_on,
       o.name AS outlet,
       a.title,
       CASE WHEN best.quote_id IS NOT NULL THEN COALESCE(p.name, q.speaker_label) END AS speaker,
       ts_headline('english', COALESCE(q.text, SUBSTR(a.body, GREATEST(1, STRPOS(LOWER(a.body),
                   LOWER(SPLIT_PART(TRIM(:words), ' ', 1))) - 400), 1600)), query.any_terms,
                   'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=...')
           AS snippet
FROM best
CROSS JOIN query
JOIN articles AS a ON a.id = best.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN quotes AS q ON q.id = best.quote_id
LEFT JOIN people AS p ON p.id = q.speaker_id
ORDER BY best.rank DESC, best.published_on NULLS LAST, best.article_id, best.quote_id NULLS FIRST
