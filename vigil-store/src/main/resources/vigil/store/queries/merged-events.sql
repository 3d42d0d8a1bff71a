-- Events merged across the copies of a story: one row per story, date, dyad and code, with
-- GDELT-style counts (mentions = event records, sources = distinct outlets, documents = distinct
-- documents).
SELECT coalesce(d.story_id, e.doc_id) AS story_id, e.event_date, e.source_code, e.target_code,
       e.code, count(*) AS mentions, count(DISTINCT coalesce(d.outlet, e.doc_id)) AS sources,
       count(DISTINCT e.doc_id) AS documents,
       min(e.goldstein) AS goldstein, min(e.doc_id) AS first_doc
FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id
WHERE e.polarity = 'positive'
GROUP BY 1, 2, 3, 4, 5
ORDER BY 2, 1, 3, 4, 5
