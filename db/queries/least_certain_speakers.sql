-- title: Least certain speakers
-- description: Quotations whose speaker newsdb is least sure of, least certain first: the speaker (a person's name or a label), how it was found (speaker_reference: name, role, pronoun, continuation or label) and how sure newsdb is (speaker_confidence, 0 to 1), with the quote, its article and the character offsets to check it against the body. Quotes with no speaker at all are left out (see unnamed_sources_by_outlet); quotes stored before confidences were kept come last.
-- param max_confidence (real, default 1): only speakers at most this sure, 0 to 1
-- param limit (int, default 100): the most rows to return
-- Two index range scans (db.models: ix_quotes_speaker_confidence): the least certain quotes with a confidence, then
-- those stored without one, each stopping at :limit, so the cost does not grow with the number of quotes. The second
-- orders by speaker_confidence too (all NULL there): PostgreSQL does not take `IS NULL` as fixing the index's first
-- column, and without it sorted a scan of every quote by article (570 ms at a million quotes; 30 ms with it).
WITH chosen AS (
    SELECT quote_id, speaker_confidence, article_id, start_char
    FROM (
        SELECT q.id AS quote_id, q.speaker_confidence, q.article_id, q.start_char
        FROM quotes AS q
        WHERE q.speaker_confidence <= :max_confidence
          AND (q.speaker_id IS NOT NULL OR q.speaker_label IS NOT NULL)
        ORDER BY q.speaker_confidence, q.article_id, q.start_char, q.id
        LIMIT :limit
    ) AS certain
    UNION ALL
    SELECT quote_id, speaker_confidence, article_id, start_char
    FROM (
        SELECT q.id AS quote_id, q.speaker_confidence, q.article_id, q.start_char
        FROM quotes AS q
        WHERE q.speaker_confidence IS NULL
          AND (q.speaker_id IS NOT NULL OR q.speaker_label IS NOT NULL)
        ORDER BY q.speaker_confidence, q.article_id, q.start_char, q.id
        LIMIT :limit
    ) AS unknown
)
SELECT q.speaker_confidence,
       q.speaker_reference,
       COALESCE(p.name, q.speaker_label) AS speaker,
       CASE WHEN q.speaker_id IS NULL THEN 'label' ELSE 'person' END AS speaker_kind,
       q.kind,
       q.cue,
       q.text AS quote,
       a.title,
       a.published_on,
       o.name AS outlet,
       a.id AS article_id,
       q.id AS quote_id,
       q.start_char,
       q.end_char,
       q.speaker_start_char,
       q.speaker_end_char
FROM chosen AS c
JOIN quotes AS q ON q.id = c.quote_id
JOIN articles AS a ON a.id = q.article_id
LEFT JOIN people AS p ON p.id = q.speaker_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
ORDER BY q.speaker_confidence NULLS LAST, a.id, q.start_char, q.id
LIMIT :limit
