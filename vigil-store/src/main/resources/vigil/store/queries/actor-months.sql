-- An actor's asserted events (as source or target) and their mean Goldstein value per month.
-- Parameter: $1 actor code prefix.
SELECT date_trunc('month', event_date) AS month, count(*) AS events, avg(goldstein) AS goldstein_mean
FROM events
WHERE polarity = 'positive' AND event_date IS NOT NULL
  AND (starts_with(source_code, $1::VARCHAR) OR starts_with(target_code, $1::VARCHAR))
GROUP BY month
ORDER BY month
