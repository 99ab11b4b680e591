-- title: Unnamed sources by outlet
-- description: How each outlet labels speakers it does not name (e.g. 'officials', 'a spokesman'), with counts and their share of the outlet's quotations.
-- param min_quotes (int, default 1): leave out labels used fewer times than this
SELECT labelled.outlet,
       labelled.speaker_label,
       labelled.quotes,
       totals.outlet_quotes,
       ROUND(100.0 * labelled.quotes / totals.outlet_quotes, 1) AS share_pct,
       labelled.articles
FROM (
    SELECT COALESCE(o.name, '(unknown outlet)') AS outlet,
           COALESCE(q.speaker_label, '(unattributed)') AS speaker_label,
           COUNT(*) AS quotes,
           COUNT(DISTINCT q.article_id) AS articles
    FROM quotes AS q
    JOIN articles AS a ON a.id = q.article_id
    LEFT JOIN outlets AS o ON o.id = a.outlet_id
    WHERE q.speaker_id IS NULL
    GROUP BY COALESCE(o.name, '(unknown outlet)'), COALESCE(q.speaker_label, '(unattributed)')
) AS labelled
JOIN (
    SELECT COALESCE(o.name, '(unknown outlet)') AS outlet, COUNT(*) AS outlet_quotes
    FROM quotes AS q
    JOIN articles AS a ON a.id = q.article_id
    LEFT JOIN outlets AS o ON o.id = a.outlet_id
    GROUP BY COALESCE(o.name, '(unknown outlet)')
) AS totals ON totals.outlet = labelled.outlet
WHERE labelled.quotes >= :min_quotes
ORDER BY labelled.outlet, labelled.quotes DESC, labelled.speaker_label
