-- The actors table rows of the codes starting with a prefix, most events first. Parameter: $1
-- actor code prefix.
SELECT code, name, entity, role, first_seen, last_seen, events, as_source, as_target
FROM actors
WHERE starts_with(code, $1::VARCHAR)
ORDER BY events DESC, code
