-- PostgreSQL: each matching person's first :limit quotes come straight from the index on
-- (speaker_id, published_on, article_id, start_char), in order (LATERAL), and only those are merged and sorted.
WITH chosen AS (
    SELECT q.quote_id, q.published_on, q.article_id, q.start_char
    FROM people AS t
    CROSS JOIN LATERAL (
        SELECT quotes.id AS quote_id, quotes.published_on, quotes.article_id, quotes.start_char
        FROM quotes
        WHERE quotes.speaker_id = t.id
        ORDER BY quotes.published_on NULLS LAST, quotes.article_id, quotes.start_char
        LIMIT :limit
    ) AS q
    WHERE LOWER(t.name) LIKE '%' || LOWER(:person) || '%'
    ORDER BY q.published_on NULLS LAST, q.article_id, q.start_char
    LIMIT :limit
)
SELECT p.name AS speaker,
       q.kind,
       q.cue,
       q.text AS quote,
       c.published_on,
       o.name AS outlet,
       a.title,
       a.id AS article_id,
       q.start_char,
       q.end_char
FROM chosen AS c
JOIN quotes AS q ON q.id = c.quote_id
JOIN people AS p ON p.id = q.speaker_id
JOIN articles AS a ON a.id = c.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
ORDER BY c.published_on NULLS LAST, c.article_id, c.start_char
