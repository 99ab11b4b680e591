-- SQLite: FTS5 (db/fts.py). Each word of :words becomes a quoted FTS5 term, so any input is a valid search
-- (no operator syntax to get wrong) and every word must appear. rank is -bm25, higher is better. Only the
-- :candidates newest matches of each source are ranked (FTS5 reads a term's matches newest first and stops),
-- and only the best :limit of them get a snippet, so a word found everywhere costs no more than a rare one.
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
           best.article_id,
           CAST(NULL AS INTEGER) AS quote_id,
           CAST(NULL AS VARCHAR(300)) AS speaker,
           best.snippet,
           best.rank
    FROM (
        SELECT f.rowid AS article_id, snippet(fts_articles, 1, '[', ']', '...', 24) AS snippet, -f.rank AS rank
        FROM fts_articles AS f
        WHERE fts_articles MATCH '"' || REPLACE(REPLACE(TRIM(:words), '"', '""'), ' ', '" "') || '"'
          AND f.rowid >= (
              SELECT COALESCE(MIN(newest.rowid), 0) FROM (
                  SELECT rowid FROM fts_articles
                  WHERE fts_articles MATCH '"' || REPLACE(REPLACE(TRIM(:words), '"', '""'), ' ', '" "') || '"'
                  ORDER BY rowid DESC LIMIT :candidates
              ) AS newest)
        ORDER BY f.rank
        LIMIT :limit
    ) AS best
    UNION ALL
    SELECT 'quote', q.article_id, q.id, COALESCE(p.name, q.speaker_label), best.snippet, best.rank
    FROM (
        SELECT f.rowid AS quote_id, snippet(fts_quotes, 0, '[', ']', '...', 24) AS snippet, -f.rank AS rank
        FROM fts_quotes AS f
        WHERE fts_quotes MATCH '"' || REPLACE(REPLACE(TRIM(:words), '"', '""'), ' ', '" "') || '"'
          AND f.rowid >= (
              SELECT COALESCE(MIN(newest.rowid), 0) FROM (
                  SELECT rowid FROM fts_quotes
                  WHERE fts_quotes MATCH '"' || REPLACE(REPLACE(TRIM(:words), '"', '""'), ' ', '" "') || '"'
                  ORDER BY rowid DESC LIMIT :candidates
              ) AS newest)
        ORDER BY f.rank
        LIMIT :limit
    ) AS best
    JOIN quotes AS q ON q.id = best.quote_id
    LEFT JOIN people AS p ON p.id = q.speaker_id
) AS hit
JOIN articles AS a ON a.id = hit.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
ORDER BY hit.rank DESC, a.published_on NULLS LAST, hit.article_id, hit.quote_id NULLS FIRST
LIMIT :limit
