-- title: Articles by outlet and year
-- description: How many articles each outlet has per publication year (undated articles under no year).
SELECT COALESCE(o.name, '(unknown outlet)') AS outlet,
       SUBSTR(CAST(a.published_on AS VARCHAR(10)), 1, 4) AS year,
       COUNT(*) AS articles
FROM articles AS a
LEFT JOIN outlets AS o ON o.id = a.outlet_id
GROUP BY COALESCE(o.name, '(unknown outlet)'), SUBSTR(CAST(a.published_on AS VARCHAR(10)), 1, 4)
ORDER BY outlet, year
