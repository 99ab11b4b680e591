-- title: Quotes by person
-- description: Every quotation attributed to people whose name contains :person, with article, outlet and date.
-- param person (text): part of the person's name, any case, e.g. smith
-- param limit (int, default 200): the most rows to return
SELECT p.name AS speaker,
       q.kind,
       q.cue,
       q.text AS quote,
       a.published_on,
       o.name AS outlet,
       a.title,
       a.id AS article_id,
       q.start_char,
       q.end_char
FROM quotes AS q
JOIN people AS p ON p.id = q.speaker_id
JOIN articles AS a ON a.id = q.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
WHERE LOWER(p.name) LIKE '%' || LOWER(:person) || '%'
ORDER BY a.published_on NULLS LAST, a.id, q.start_char
LIMIT :limit
