-- The CAMEO event codes of an actor's asserted events (as source or target), most frequent first.
-- Parameters: $1 actor code prefix, $2 limit.
SELECT code, count(*) AS events
FROM events
WHERE polarity = 'positive'
  AND (starts_with(source_code, $1::VARCHAR) OR starts_with(target_code, $1::VARCHAR))
GROUP BY code
ORDER BY events DESC, code
LIMIT $2
