-- title: Coverage per outlet per year
-- description: For each outlet and publication year: articles, quotations, people mentioned and events reported.
SELECT COALESCE(o.name, '(unknown outlet)') AS outlet,
       NULLIF(s.year_key, 0) AS year,
       s.articles,
       s.quotes,
       s.unnamed_quotes,
       s.person_mentions,
       s.event_mentions,
       s.first_published,
       s.last_published
FROM outlet_year_stats AS s
LEFT JOIN outlets AS o ON o.id = s.outlet_key
ORDER BY outlet, year NULLS LAST
