-- An actor's partners: the entity on the other side of its asserted events, either direction,
-- most events first, in one scan (when both sides match the prefix, the target is the partner).
-- Parameters: $1 actor code prefix, $2 limit.
SELECT CASE WHEN starts_with(source_code, $1::VARCHAR) THEN target_entity ELSE source_entity END
         AS partner,
       count(*) AS events, count(*) FILTER (WHERE quad_class >= 3) AS conflict,
       avg(goldstein) AS goldstein_mean
FROM events
WHERE polarity = 'positive'
  AND (starts_with(source_code, $1::VARCHAR) OR starts_with(target_code, $1::VARCHAR))
GROUP BY partner
HAVING partner <> ''
ORDER BY events DESC, partner
LIMIT $2
