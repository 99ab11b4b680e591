-- title: People and their roles over time
-- description: Each person's titles and roles as written next to their name, by year, with the first and last dates and the outlets using them.
-- param person (text, default ''): part of the person's name, any case; empty for everybody
-- param limit (int, default 1000): the most rows to return
SELECT p.name AS person,
       r.role,
       NULLIF(r.year_key, 0) AS year,
       SUM(r.mentions) AS mentions,
       SUM(r.articles) AS articles,
       SUM(CASE WHEN r.outlet_key <> 0 THEN 1 ELSE 0 END) AS outlets,
       MIN(r.first_seen) AS first_seen,
       MAX(r.last_seen) AS last_seen
FROM person_role_stats AS r
JOIN people AS p ON p.id = r.person_id
WHERE :person = '' OR LOWER(p.name) LIKE '%' || LOWER(:person) || '%'
GROUP BY r.person_id, p.name, r.role, r.year_key
ORDER BY person, year NULLS LAST, first_seen NULLS LAST, r.role
LIMIT :limit
