-- title: Most quoted people
-- description: People ranked by how many quotations are attributed to them, with the articles and outlets quoting them.
-- param limit (int, default 20): how many people to list
SELECT p.name AS person,
       s.quote_count AS quotes,
       s.direct_quote_count AS direct_quotes,
       s.quoted_article_count AS articles,
       s.quoting_outlet_count AS outlets,
       s.first_quoted,
       s.last_quoted
FROM person_stats AS s
JOIN people AS p ON p.id = s.person_id
WHERE s.quote_count > 0
ORDER BY s.quote_count DESC, p.name
LIMIT :limit
