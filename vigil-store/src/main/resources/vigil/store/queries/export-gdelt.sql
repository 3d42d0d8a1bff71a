-- GDELT 2.0 event table layout (61 columns, tab-separated, no header) from the events merged
-- across story copies. Fields Vigil does not produce (ethnicity, religion, tone, geography) are
-- empty. Actor country and type codes are split from the CAMEO actor code.
SELECT row_number() OVER (ORDER BY event_date, story_id, source_code, target_code, code) AS GLOBALEVENTID,
  strftime(event_date, '%Y%m%d') AS SQLDATE, strftime(event_date, '%Y%m') AS MonthYear,
  strftime(event_date, '%Y') AS Year,
  round(year(event_date) + (dayofyear(event_date) - 1) / 365.0, 4) AS FractionDate,
  source_code AS Actor1Code, '' AS Actor1Name,
  CASE WHEN source_code LIKE 'IGO%' OR source_code LIKE 'NGO%' OR source_code LIKE 'IMG%' OR source_code LIKE 'MNC%' THEN '' ELSE substr(source_code, 1, 3) END AS Actor1CountryCode,
  CASE WHEN source_code LIKE 'IGO%' OR source_code LIKE 'NGO%' OR source_code LIKE 'IMG%' OR source_code LIKE 'MNC%' THEN source_code ELSE '' END AS Actor1KnownGroupCode,
  '' AS Actor1EthnicCode, '' AS Actor1Religion1Code, '' AS Actor1Religion2Code,
  CASE WHEN length(source_code) >= 6 AND NOT (source_code LIKE 'IGO%' OR source_code LIKE 'NGO%' OR source_code LIKE 'IMG%' OR source_code LIKE 'MNC%') THEN substr(source_code, 4, 3) ELSE '' END AS Actor1Type1Code,
  '' AS Actor1Type2Code, '' AS Actor1Type3Code,
  target_code AS Actor2Code, '' AS Actor2Name,
  CASE WHEN target_code LIKE 'IGO%' OR target_code LIKE 'NGO%' OR target_code LIKE 'IMG%' OR target_code LIKE 'MNC%' THEN '' ELSE substr(target_code, 1, 3) END AS Actor2CountryCode,
  CASE WHEN target_code LIKE 'IGO%' OR target_code LIKE 'NGO%' OR target_code LIKE 'IMG%' OR target_code LIKE 'MNC%' THEN target_code ELSE '' END AS Actor2KnownGroupCode,
  '' AS Actor2EthnicCode, '' AS Actor2Religion1Code, '' AS Actor2Religion2Code,
  CASE WHEN length(target_code) >= 6 AND NOT (target_code LIKE 'IGO%' OR target_code LIKE 'NGO%' OR target_code LIKE 'IMG%' OR target_code LIKE 'MNC%') THEN substr(target_code, 4, 3) ELSE '' END AS Actor2Type1Code,
  '' AS Actor2Type2Code, '' AS Actor2Type3Code,
  1 AS IsRootEvent, code AS EventCode, substr(code, 1, 3) AS EventBaseCode, substr(code, 1, 2) AS EventRootCode,
  CASE WHEN CAST(substr(code, 1, 2) AS INTEGER) <= 5 THEN 1 WHEN CAST(substr(code, 1, 2) AS INTEGER) <= 9 THEN 2
       WHEN CAST(substr(code, 1, 2) AS INTEGER) <= 14 THEN 3 ELSE 4 END AS QuadClass,
  goldstein AS GoldsteinScale, mentions AS NumMentions, sources AS NumSources, documents AS NumArticles,
  '' AS AvgTone,
  '' AS Actor1Geo_Type, '' AS Actor1Geo_FullName, '' AS Actor1Geo_CountryCode, '' AS Actor1Geo_ADM1Code,
  '' AS Actor1Geo_ADM2Code, '' AS Actor1Geo_Lat, '' AS Actor1Geo_Long, '' AS Actor1Geo_FeatureID,
  '' AS Actor2Geo_Type, '' AS Actor2Geo_FullName, '' AS Actor2Geo_CountryCode, '' AS Actor2Geo_ADM1Code,
  '' AS Actor2Geo_ADM2Code, '' AS Actor2Geo_Lat, '' AS Actor2Geo_Long, '' AS Actor2Geo_FeatureID,
  '' AS ActionGeo_Type, '' AS ActionGeo_FullName, '' AS ActionGeo_CountryCode, '' AS ActionGeo_ADM1Code,
  '' AS ActionGeo_ADM2Code, '' AS ActionGeo_Lat, '' AS ActionGeo_Long, '' AS ActionGeo_FeatureID,
  strftime(current_timestamp, '%Y%m%d%H%M%S') AS DATEADDED, first_doc AS SOURCEURL
FROM (MERGED) m
WHERE event_date IS NOT NULL
