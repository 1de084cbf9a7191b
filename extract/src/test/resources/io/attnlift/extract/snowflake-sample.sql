-- Users first, then all of their events in the window, in a stable order.
-- Binds: since, until, seed. The session runs with TIMEZONE = 'UTC'.
WITH
-- The window's events and the sampled users: every user with a usable event in
-- [since, until) is ranked by MD5('<seed>:<user id>') (then by id), and the first N are kept.
-- MD5 is computed the same way by Snowflake and DuckDB, so both sample the same users.
window_events AS (
  SELECT *
  FROM (
    -- The events table in the contract's columns: each one the table's column it is mapped to, or
    -- the preset's constant; an EVENT_TS of epoch numbers as a timestamp.
    SELECT
      "CUSTOMER_ID" AS USER_ID,
      "SESSION_ID" AS SESSION_ID,
      "EVENT_TS" AS EVENT_TS,
      "EVENT_TYPE" AS EVENT_TYPE,
      "EVENT" AS EVENT,
      "DISCOVERY_FEATURE" AS DISCOVERY_FEATURE,
      "STORE_ID" AS STORE_ID,
      "STORE_NAME" AS STORE_NAME,
      "PRIMARY_TAG_NAME" AS PRIMARY_TAG_NAME,
      "PRIMARY_CATEGORY_NAME" AS PRIMARY_CATEGORY_NAME,
      "IS_NEW_VERTICAL" AS IS_NV
    FROM "ANALYTICS"."APP"."EVENTS"
  ) src
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
  LIMIT 10000
),
sampled_events AS (
  SELECT
    CAST(e.USER_ID AS VARCHAR) AS user_id,
    CAST(e.SESSION_ID AS VARCHAR) AS session_id,
    DATE_PART(EPOCH_MICROSECOND, e.EVENT_TS) AS event_ts_us,
    CAST(e.EVENT_TYPE AS VARCHAR) AS event_type,
    CAST(e.EVENT AS VARCHAR) AS event,
    CAST(e.DISCOVERY_FEATURE AS VARCHAR) AS discovery_feature,
    CAST(e.STORE_ID AS VARCHAR) AS store_id,
    CAST(e.STORE_NAME AS VARCHAR) AS store_name,
    CAST(e.PRIMARY_TAG_NAME AS VARCHAR) AS primary_tag_name,
    CAST(e.PRIMARY_CATEGORY_NAME AS VARCHAR) AS primary_category_name,
    CAST(e.IS_NV AS BOOLEAN) AS is_nv
  FROM window_events e
  JOIN sampled_users s ON CAST(e.USER_ID AS VARCHAR) = s.user_id
)
SELECT *
FROM sampled_events
ORDER BY user_id, session_id, event_ts_us, event_type, event,
  discovery_feature NULLS LAST, store_id NULLS LAST, store_name NULLS LAST,
  primary_tag_name NULLS LAST, primary_category_name NULLS LAST, is_nv NULLS LAST
