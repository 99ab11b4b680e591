-- PostgreSQL: text search over the GIN indexes of db/fts.py (the stored documents articles.fts_document and
-- quotes.fts_document). websearch_to_tsquery accepts any input: all words by default,
-- and also "quoted phrases", or, -word. rank is ts_rank, higher is better. Only the :candidates newest matches
-- of each source are ranked, and only the best :limit get a highlighted snippet (ts_headline), so a word found
-- everywhere costs no more than a rare one.
WITH query AS (
    SELECT websearch_to_tsquery('english', :words) AS terms
),
article_candidates AS (
    SELECT a.id
    FROM articles AS a, query
    WHERE a.fts_document @@ query.terms
    ORDER BY a.id DESC
    LIMIT :candidates
),
quote_candidates AS (
    SELECT q.id
    FROM quotes AS q, query
    WHERE q.fts_document @@ query.terms
    ORDER BY q.id DESC
    LIMIT :candidates
),
ranked AS (
    SELECT 'article' AS source, a.id AS article_id, CAST(NULL AS INTEGER) AS quote_id,
           ts_rank(a.fts_document, query.terms) AS rank
    FROM article_candidates AS c
    JOIN articles AS a ON a.id = c.id
    CROSS JOIN query
    UNION ALL
    SELECT 'quote', q.article_id, q.id, ts_rank(q.fts_document, query.terms)
    FROM quote_candidates AS c
    JOIN quotes AS q ON q.id = c.id
    CROSS JOIN query
),
best AS (
    SELECT r.source, r.rank, r.article_id, r.quote_id, a.published_on
    FROM ranked AS r
    JOIN articles AS a ON a.id = r.article_id
    ORDER BY r.rank DESC, a.published_on NULLS LAST, r.article_id, r.quote_id NULLS FIRST
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
       ts_headline('english', COALESCE(q.text, a.body), query.terms,
                   'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=...')
           AS snippet
FROM best
CROSS JOIN query
JOIN articles AS a ON a.id = best.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN quotes AS q ON q.id = best.quote_id
LEFT JOIN people AS p ON p.id = q.speaker_id
ORDER BY best.rank DESC, best.published_on NULLS LAST, best.article_id, best.quote_id NULLS FIRST
