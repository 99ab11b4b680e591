-- PostgreSQL: text search over the GIN expression indexes of db/fts.py (the to_tsvector expressions below must
-- stay identical to the indexed ones). websearch_to_tsquery accepts any input: all words by default, and also
-- "quoted phrases", or, -word. rank is ts_rank, higher is better.
SELECT hit.source,
       hit.rank,
       hit.article_id,
       hit.quote_id,
       a.published_on,
       o.name AS outlet,
       a.title,
       hit.speaker,
       hit.snippet
FROM (
    SELECT 'article' AS source,
           a.id AS article_id,
           CAST(NULL AS INTEGER) AS quote_id,
           CAST(NULL AS VARCHAR(300)) AS speaker,
           ts_headline('english', a.body, query, 'StartSel=[, StopSel=], MinWords=10, MaxWords=24') AS snippet,
           ts_rank(to_tsvector('english', COALESCE(title, '') || ' ' || body), query) AS rank
    FROM articles AS a, websearch_to_tsquery('english', :words) AS query
    WHERE to_tsvector('english', COALESCE(title, '') || ' ' || body) @@ query
    UNION ALL
    SELECT 'quote', q.article_id, q.id, COALESCE(p.name, q.speaker_label),
           ts_headline('english', q.text, query, 'StartSel=[, StopSel=], MinWords=10, MaxWords=24'),
           ts_rank(to_tsvector('english', text), query)
    FROM quotes AS q
    CROSS JOIN websearch_to_tsquery('english', :words) AS query
    LEFT JOIN people AS p ON p.id = q.speaker_id
    WHERE to_tsvector('english', text) @@ query
) AS hit
JOIN articles AS a ON a.id = hit.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
ORDER BY hit.rank DESC, a.published_on NULLS LAST, hit.article_id, hit.quote_id NULLS FIRST
LIMIT :limit
