-- title: The same event as reported by different outlets
-- description: Events mentioned by at least :min_outlets outlets, with each outlet's article, date, wording and role.
-- param min_outlets (int, default 2): how many distinct outlets must mention the event
-- param event (text, default ''): part of the event's name, any case; empty for all
-- param status (text, default ''): only this status (occurred, planned, cancelled, denied); empty for all
-- param limit (int, default 1000): the most rows to return
SELECT c.event_name,
       c.event_type,
       c.event_status AS status,
       c.start_date,
       c.outlet_name AS outlet,
       c.published_on,
       c.article_title,
       c.mention_role AS role,
       c.date_phrase,
       c.mention_text,
       c.event_id,
       c.article_id
FROM v_event_coverage AS c
JOIN event_stats AS s ON s.event_id = c.event_id
WHERE s.outlet_count >= :min_outlets AND s.outlet_count > 0
  AND (:event = '' OR LOWER(c.event_name) LIKE '%' || LOWER(:event) || '%')
  AND (:status = '' OR c.event_status = :status)
ORDER BY c.start_date NULLS LAST, c.event_id, c.outlet_name NULLS LAST, c.published_on NULLS LAST, c.article_id, c.start_char
LIMIT :limit
