-- title: Most quoted people
-- description: People ranked by how many quotations are attributed to them, with the articles and outlets quoting them.
-- param limit (int, default 20): how many people to list
SELECT p.name AS person,
       COUNT(*) AS quotes,
       SUM(CASE WHEN q.kind = 'direct' THEN 1 ELSE 0 END) AS direct_quotes,
       COUNT(DISTINCT q.article_id) AS articles,
       COUNT(DISTINCT a.outlet_id) AS outlets,
       MIN(a.published_on) AS first_quoted,
       MAX(a.published_on) AS last_quoted
FROM quotes AS q
JOIN people AS p ON p.id = q.speaker_id
JOIN articles AS a ON a.id = q.article_id
GROUP BY p.id, p.name
ORDER BY quotes DESC, person
LIMIT :limit
