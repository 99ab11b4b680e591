-- title: People and their roles over time
-- description: Each person's titles and roles as written next to their name, by year, with the first and last dates and the outlets using them.
-- param person (text, default ''): part of the person's name, any case; empty for everybody
SELECT f.person_name AS person,
       f.role,
       f.published_year AS year,
       COUNT(*) AS mentions,
       COUNT(DISTINCT f.article_id) AS articles,
       COUNT(DISTINCT f.outlet_id) AS outlets,
       MIN(f.published_on) AS first_seen,
       MAX(f.published_on) AS last_seen
FROM v_mention_facts AS f
WHERE f.role IS NOT NULL
  AND (:person = '' OR LOWER(f.person_name) LIKE '%' || LOWER(:person) || '%')
GROUP BY f.person_id, f.person_name, f.role, f.published_year
ORDER BY person, year NULLS LAST, first_seen NULLS LAST, f.role
