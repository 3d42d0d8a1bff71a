-- An actor's asserted events by side (source or target) and quad class. Parameter: $1 actor code
-- prefix. An event between two codes with the prefix counts on both sides.
SELECT side, quad_class, count(*) AS events
FROM (SELECT 'source' AS side, quad_class FROM events
      WHERE polarity = 'positive' AND starts_with(source_code, $1::VARCHAR)
      UNION ALL
      SELECT 'target', quad_class FROM events
      WHERE polarity = 'positive' AND starts_with(target_code, $1::VARCHAR)) a
GROUP BY side, quad_class
ORDER BY side, quad_class
