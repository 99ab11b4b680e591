-- title: Who each outlet quotes most
-- description: For each outlet, the named people it quotes most often, ranked, with their share of its named quotations.
-- param per_outlet (int, default 5): how many speakers to list per outlet
SELECT outlet, speaker_rank, speaker, quotes, articles, share_pct
FROM (
    SELECT COALESCE(o.name, '(unknown outlet)') AS outlet,
           ROW_NUMBER() OVER (PARTITION BY s.outlet_key ORDER BY s.quotes DESC, p.name) AS speaker_rank,
           p.name AS speaker,
           s.quotes,
           s.quoted_articles AS articles,
           ROUND(100.0 * s.quotes / SUM(s.quotes) OVER (PARTITION BY s.outlet_key), 1) AS share_pct
    FROM person_outlet_stats AS s
    JOIN people AS p ON p.id = s.person_id
    LEFT JOIN outlets AS o ON o.id = s.outlet_key
    WHERE s.quotes > 0
) AS ranked
WHERE speaker_rank <= :per_outlet
ORDER BY outlet, speaker_rank
