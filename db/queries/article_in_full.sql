-- title: One article in full
-- description: One article as rows: title, outlet, date, byline, url, body, then its people, quotations and events with their offsets (part, start_char, end_char, who, detail, content).
-- param article_id (int): the article's id (see articles.id or v_article_facts)
SELECT part, start_char, end_char, who, detail, content
FROM (
    SELECT 1 AS section, 'title' AS part, CAST(NULL AS INTEGER) AS start_char, CAST(NULL AS INTEGER) AS end_char,
           CAST(NULL AS VARCHAR(300)) AS who, CAST(NULL AS VARCHAR(300)) AS detail, a.title AS content
    FROM articles AS a WHERE a.id = :article_id
    UNION ALL
    SELECT 2, 'outlet', NULL, NULL, NULL, o.domain, o.name
    FROM articles AS a JOIN outlets AS o ON o.id = a.outlet_id WHERE a.id = :article_id
    UNION ALL
    SELECT 3, 'published', NULL, NULL, NULL, a.date_precision, CAST(a.published_on AS VARCHAR(10))
    FROM articles AS a WHERE a.id = :article_id
    UNION ALL
    SELECT 4, 'byline', NULL, NULL, a.authors, NULL, a.byline
    FROM articles AS a WHERE a.id = :article_id
    UNION ALL
    SELECT 5, 'url', NULL, NULL, NULL, NULL, a.url
    FROM articles AS a WHERE a.id = :article_id
    UNION ALL
    SELECT 6, 'body', 0, LENGTH(a.body), NULL, NULL, a.body
    FROM articles AS a WHERE a.id = :article_id
    UNION ALL
    SELECT 7, 'person', m.start_char, m.end_char, p.name, m.role, m.surface
    FROM mentions AS m JOIN people AS p ON p.id = m.person_id WHERE m.article_id = :article_id
    UNION ALL
    SELECT 8, 'quote', q.start_char, q.end_char, COALESCE(p.name, q.speaker_label), q.kind, q.text
    FROM quotes AS q LEFT JOIN people AS p ON p.id = q.speaker_id WHERE q.article_id = :article_id
    UNION ALL
    SELECT 9, 'event', em.start_char, em.end_char, e.event_type, em.role, e.name
    FROM event_mentions AS em JOIN events AS e ON e.id = em.event_id WHERE em.article_id = :article_id
) AS parts
WHERE content IS NOT NULL
ORDER BY section, start_char NULLS FIRST, end_char NULLS FIRST
