-- title: Who each outlet quotes most
-- description: For each outlet, the named people it quotes most often, ranked, with their share of its named quotations.
-- param per_outlet (int, default 5): how many speakers to list per outlet
SELECT outlet, speaker_rank, speaker, quotes, articles, share_pct
FROM (
    SELECT counted.outlet,
           ROW_NUMBER() OVER (PARTITION BY counted.outlet ORDER BY counted.quotes DESC, counted.speaker) AS speaker_rank,
           counted.speaker,
           counted.quotes,
           counted.articles,
           ROUND(100.0 * counted.quotes / SUM(counted.quotes) OVER (PARTITION BY counted.outlet), 1) AS share_pct
    FROM (
        SELECT COALESCE(o.name, '(unknown outlet)') AS outlet,
               p.name AS speaker,
               COUNT(*) AS quotes,
               COUNT(DISTINCT q.article_id) AS articles
        FROM quotes AS q
        JOIN people AS p ON p.id = q.speaker_id
        JOIN articles AS a ON a.id = q.article_id
        LEFT JOIN outlets AS o ON o.id = a.outlet_id
        GROUP BY COALESCE(o.name, '(unknown outlet)'), p.id, p.name
    ) AS counted
) AS ranked
WHERE speaker_rank <= :per_outlet
ORDER BY outlet, speaker_rank
