-- title: Coverage per outlet per year
-- description: For each outlet and publication year: articles, quotations, people mentioned and events reported.
SELECT COALESCE(f.outlet_name, '(unknown outlet)') AS outlet,
       f.published_year AS year,
       COUNT(*) AS articles,
       SUM(f.quote_count) AS quotes,
       SUM(f.unnamed_quote_count) AS unnamed_quotes,
       SUM(f.mention_count) AS person_mentions,
       SUM(f.event_count) AS event_mentions,
       MIN(f.published_on) AS first_published,
       MAX(f.published_on) AS last_published
FROM v_article_facts AS f
GROUP BY COALESCE(f.outlet_name, '(unknown outlet)'), f.published_year
ORDER BY outlet, year NULLS LAST
