-- title: People co-mentioned with a person
-- description: The people named in the same articles as people whose name contains :person, by number of shared articles.
-- param person (text): part of the person's name, any case
-- param limit (int, default 50): the most rows to return
WITH pairs AS (
    SELECT t.id AS target_id, c.other_person_id AS other_id, c.outlet_key, c.articles, c.first_together,
           c.last_together
    FROM people AS t
    CROSS JOIN co_mention_stats AS c
    WHERE c.person_id = t.id AND LOWER(t.name) LIKE '%' || LOWER(:person) || '%'
    UNION ALL
    SELECT t.id, c.person_id, c.outlet_key, c.articles, c.first_together, c.last_together
    FROM people AS t
    CROSS JOIN co_mention_stats AS c
    WHERE c.other_person_id = t.id AND LOWER(t.name) LIKE '%' || LOWER(:person) || '%'
)
SELECT target.name AS person,
       other.name AS co_mentioned,
       SUM(pairs.articles) AS shared_articles,
       SUM(CASE WHEN pairs.outlet_key <> 0 THEN 1 ELSE 0 END) AS outlets,
       MIN(pairs.first_together) AS first_together,
       MAX(pairs.last_together) AS last_together
FROM pairs
JOIN people AS target ON target.id = pairs.target_id
JOIN people AS other ON other.id = pairs.other_id
GROUP BY target.id, target.name, other.id, other.name
ORDER BY shared_articles DESC, person, co_mentioned
LIMIT :limit
