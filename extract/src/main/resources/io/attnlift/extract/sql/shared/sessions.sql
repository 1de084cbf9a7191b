-- Sessions cut where a user is idle for longer than the gap (the table has no session id): a
-- user's sessions are numbered from 0 in time order over the whole table, '<user id>_<n>'.
SELECT
  USER_ID,
  CAST(USER_ID AS VARCHAR) || '_' || CAST(SUM(new_session) OVER (
    PARTITION BY USER_ID ORDER BY EVENT_TS
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - 1 AS VARCHAR) AS SESSION_ID,
  EVENT_TS, EVENT_TYPE, EVENT, DISCOVERY_FEATURE, STORE_ID, STORE_NAME, PRIMARY_TAG_NAME,
  PRIMARY_CATEGORY_NAME, IS_NV
FROM (
  SELECT
    m.*,
    CASE
      WHEN LAG(EVENT_TS) OVER (PARTITION BY USER_ID ORDER BY EVENT_TS) IS NULL THEN 1
      WHEN ${event_ts_us} - ${previous_ts_us} > ${gap_us} THEN 1
      ELSE 0
    END AS new_session
  FROM (
${mapped}
  ) m
) s
