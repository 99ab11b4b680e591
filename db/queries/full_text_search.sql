-- title: Full-text search over bodies and quotes
-- description: Articles (title and body) and quotations matching :words, best first. SQLite and PostgreSQL use their full-text indexes (all the words, English stemming: 'talks' finds 'talk'); this portable version, for other SQL clients, finds the words as one phrase, any case.
-- param words (text): the words to find, e.g. peace talks
-- param limit (int, default 50): the most rows to return
-- param candidates (int, default 1000): how many of the newest matches of each kind to rank (SQLite and PostgreSQL)
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
           SUBSTR(a.body, 1, 200) AS snippet,
           0.0 AS rank
    FROM articles AS a
    WHERE LOWER(COALESCE(a.title, '') || ' ' || a.body) LIKE '%' || LOWER(:words) || '%'
    UNION ALL
    SELECT 'quote', q.article_id, q.id, COALESCE(p.name, q.speaker_label), q.text, 0.0
    FROM quotes AS q
    LEFT JOIN people AS p ON p.id = q.speaker_id
    WHERE LOWER(q.text) LIKE '%' || LOWER(:words) || '%'
) AS hit
JOIN articles AS a ON a.id = hit.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
WHERE :candidates > 0
ORDER BY hit.rank DESC, a.published_on NULLS LAST, hit.article_id, hit.quote_id NULLS FIRST
LIMIT :limit
