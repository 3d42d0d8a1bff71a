-- An actor's asserted events by quad class, as source and as target, in one scan. Parameter: $1
-- actor code prefix. An event between two codes with the prefix counts on both sides.
SELECT quad_class,
       count(*) FILTER (WHERE starts_with(source_code, $1::VARCHAR)) AS as_source,
       count(*) FILTER (WHERE starts_with(target_code, $1::VARCHAR)) AS as_target
FROM events
WHERE polarity = 'positive'
  AND (starts_with(source_code, $1::VARCHAR) OR starts_with(target_code, $1::VARCHAR))
GROUP BY quad_class
ORDER BY quad_class
