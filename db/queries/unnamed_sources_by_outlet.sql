-- title: Unnamed sources by outlet
-- description: How each outlet labels speakers it does not name (e.g. 'officials', 'a spokesman'), with counts and their share of the outlet's quotations.
-- param min_quotes (int, default 1): leave out labels used fewer times than this
SELECT COALESCE(o.name, '(unknown outlet)') AS outlet,
       l.speaker_label,
       l.quotes,
       totals.outlet_quotes,
       ROUND(100.0 * l.quotes / totals.outlet_quotes, 1) AS share_pct,
       l.articles
FROM label_outlet_stats AS l
JOIN (
    SELECT outlet_key, SUM(quotes) AS outlet_quotes
    FROM outlet_year_stats
    GROUP BY outlet_key
) AS totals ON totals.outlet_key = l.outlet_key
LEFT JOIN outlets AS o ON o.id = l.outlet_key
WHERE l.quotes >= :min_quotes
ORDER BY outlet, l.quotes DESC, l.speaker_label
