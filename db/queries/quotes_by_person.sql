-- title: Quotes by person
-- description: Every quotation attributed to people whose name contains :person, with article, outlet and date.
-- param person (text): part of the person's name, any case, e.g. smith
-- param limit (int, default 200): the most rows to return
WITH targets AS (
    SELECT id FROM people WHERE LOWER(name) LIKE '%' || LOWER(:person) || '%'
),
chosen AS (
    SELECT q.id AS quote_id, q.published_on, q.article_id, q.start_char
    FROM targets AS t
    CROSS JOIN quotes AS q
    WHERE q.speaker_id = t.id
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
