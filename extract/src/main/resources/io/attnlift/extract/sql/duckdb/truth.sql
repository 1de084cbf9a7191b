-- The generator's truth for the sampled sessions (synthetic data only).
-- Binds: since, until, seed.
WITH
${sampled_users},
sampled_sessions AS (
  SELECT DISTINCT CAST(e.SESSION_ID AS VARCHAR) AS session_id
  FROM window_events e
  JOIN sampled_users s ON CAST(e.USER_ID AS VARCHAR) = s.user_id
)
SELECT t.SESSION_ID, t.USER_ID, t.TRUE_PROBABILITY, t.EVENTS_ONLY_PROBABILITY, t.CONVERTED
FROM ${truth_table} t
JOIN sampled_sessions ss ON t.SESSION_ID = ss.session_id
ORDER BY t.USER_ID, t.SESSION_ID
