-- title: People co-mentioned with a person
-- description: The people named in the same articles as people whose name contains :person, by number of shared articles.
-- param person (text): part of the person's name, any case
-- param limit (int, default 50): the most rows to return
SELECT target.name AS person,
       other.name AS co_mentioned,
       COUNT(DISTINCT shared.article_id) AS shared_articles,
       COUNT(DISTINCT a.outlet_id) AS outlets,
       MIN(a.published_on) AS first_together,
       MAX(a.published_on) AS last_together
FROM people AS target
JOIN (SELECT DISTINCT person_id, article_id FROM mentions) AS mine ON mine.person_id = target.id
JOIN (SELECT DISTINCT person_id, article_id FROM mentions) AS shared
  ON shared.article_id = mine.article_id AND shared.person_id <> target.id
JOIN people AS other ON other.id = shared.person_id
JOIN articles AS a ON a.id = shared.article_id
WHERE LOWER(target.name) LIKE '%' || LOWER(:person) || '%'
GROUP BY target.id, target.name, other.id, other.name
ORDER BY shared_articles DESC, person, co_mentioned
LIMIT :limit
