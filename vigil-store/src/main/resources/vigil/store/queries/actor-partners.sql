-- An actor's partners: the entity on the other side of its asserted events, either direction,
-- most events first. Parameters: $1 actor code prefix, $2 limit.
SELECT partner, count(*) AS events, count(*) FILTER (WHERE quad_class >= 3) AS conflict,
       avg(goldstein) AS goldstein_mean
FROM (SELECT target_entity AS partner, quad_class, goldstein FROM events
      WHERE polarity = 'positive' AND starts_with(source_code, $1::VARCHAR) AND target_entity <> ''
      UNION ALL
      SELECT source_entity, quad_class, goldstein FROM events
      WHERE polarity = 'positive' AND starts_with(target_code, $1::VARCHAR)) a
GROUP BY partner
ORDER BY events DESC, partner
LIMIT $2
