-- SQLite: FTS5 (db/fts.py). Each word of :words becomes a quoted FTS5 term, so any input is a valid search
-- (no operator syntax to get wrong) and every word must appear. rank is -bm25, higher is better.
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
           f.rowid AS article_id,
           CAST(NULL AS INTEGER) AS quote_id,
           CAST(NULL AS VARCHAR(300)) AS speaker,
           snippet(fts_articles, 1, '[', ']', '...', 24) AS snippet,
           -bm25(fts_articles) AS rank
    FROM fts_articles AS f
    WHERE fts_articles MATCH '"' || REPLACE(REPLACE(TRIM(:words), '"', '""'), ' ', '" "') || '"'
    UNION ALL
    SELECT 'quote', q.article_id, q.id, COALESCE(p.name, q.speaker_label),
           snippet(fts_quotes, 0, '[', ']', '...', 24),
           -bm25(fts_quotes)
    FROM fts_quotes
    JOIN quotes AS q ON q.id = fts_quotes.rowid
    LEFT JOIN people AS p ON p.id = q.speaker_id
    WHERE fts_quotes MATCH '"' || REPLACE(REPLACE(TRIM(:words), '"', '""'), ' ', '" "') || '"'
) AS hit
JOIN articles AS a ON a.id = hit.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
ORDER BY hit.rank DESC, a.published_on NULLS LAST, hit.article_id, hit.quote_id NULLS FIRST
LIMIT :limit
