-- title: Timeline of events
-- description: Dated events in order, each with the articles that mention it (outlet, date, whether it is the article's news or background); by default only events that happened.
-- param from_date (date, default 0001-01-01): earliest event date, YYYY-MM-DD
-- param to_date (date, default 9999-12-31): latest event date, YYYY-MM-DD
-- param event_type (text, default ''): only this type (meeting, visit, attack, ...); empty for all
-- param status (text, default occurred): only this status (occurred, planned, cancelled, denied); empty for all
-- param limit (int, default 1000): the most rows to return
SELECT c.start_date,
       c.event_date_precision AS date_precision,
       c.event_type,
       c.event_status AS status,
       c.event_name,
       c.location,
       c.mention_role AS role,
       c.outlet_name AS outlet,
       c.published_on,
       c.article_title,
       c.date_phrase,
       c.event_id,
       c.article_id
FROM v_event_coverage AS c
WHERE c.start_date IS NOT NULL
  AND c.start_date >= :from_date
  AND c.start_date <= :to_date
  AND (:event_type = '' OR c.event_type = :event_type)
  AND (:status = '' OR c.event_status = :status)
ORDER BY c.start_date, c.event_id, c.published_on NULLS LAST, c.article_id NULLS LAST, c.start_char NULLS LAST
LIMIT :limit
