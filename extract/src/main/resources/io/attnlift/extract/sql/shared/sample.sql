-- Users first, then all of their events in the window, in a stable order.
-- Binds: since, until, seed. The session runs with TIMEZONE = 'UTC'.
WITH
${sampled_users},
sampled_events AS (
  SELECT
    CAST(e.USER_ID AS VARCHAR) AS user_id,
    CAST(e.SESSION_ID AS VARCHAR) AS session_id,
    ${event_ts_us} AS event_ts_us,
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
