-- The window's events and the sampled users: every user with a usable event in
-- [since, until) is ranked by MD5('<seed>:<user id>') (then by id), and the first N are kept.
-- MD5 is computed the same way by Snowflake and DuckDB, so both sample the same users.
window_events AS (
  SELECT *
  FROM ${source}
  WHERE EVENT_TS >= TO_TIMESTAMP_NTZ(?)
    AND EVENT_TS < TO_TIMESTAMP_NTZ(?)
    AND USER_ID IS NOT NULL
    AND SESSION_ID IS NOT NULL
),
candidate_users AS (
  SELECT DISTINCT CAST(USER_ID AS VARCHAR) AS user_id
  FROM window_events
),
sampled_users AS (
  SELECT user_id
  FROM candidate_users
  ORDER BY MD5(CAST(? AS VARCHAR) || ':' || user_id), user_id
  LIMIT ${limit}
)
