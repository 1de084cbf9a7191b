-- The table before sampling: its rows, the window's rows and users, and the unusable rows.
-- Binds: since, until.
SELECT
  COUNT(*) AS table_rows,
  COALESCE(SUM(CASE WHEN in_window THEN 1 ELSE 0 END), 0) AS window_rows,
  COALESCE(SUM(CASE WHEN ts IS NULL THEN 1 ELSE 0 END), 0) AS null_event_ts,
  COALESCE(SUM(CASE WHEN in_window AND uid IS NULL THEN 1 ELSE 0 END), 0) AS null_user_id,
  COALESCE(SUM(CASE WHEN in_window AND uid IS NOT NULL AND sid IS NULL THEN 1 ELSE 0 END), 0)
    AS null_session_id,
  COUNT(DISTINCT CASE WHEN in_window AND sid IS NOT NULL THEN CAST(uid AS VARCHAR) END)
    AS window_users
FROM (
  SELECT
    USER_ID AS uid,
    SESSION_ID AS sid,
    EVENT_TS AS ts,
    (EVENT_TS >= CAST(? AS TIMESTAMP) AND EVENT_TS < CAST(? AS TIMESTAMP)) AS in_window
  FROM ${source}
) t
