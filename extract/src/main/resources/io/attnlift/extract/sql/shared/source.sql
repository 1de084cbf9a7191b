-- The events table in the contract's columns: each one the table's column it is mapped to, or
-- the preset's constant; an EVENT_TS of epoch numbers as a timestamp.
SELECT
  ${USER_ID} AS USER_ID,
  ${SESSION_ID} AS SESSION_ID,
  ${EVENT_TS} AS EVENT_TS,
  ${EVENT_TYPE} AS EVENT_TYPE,
  ${EVENT} AS EVENT,
  ${DISCOVERY_FEATURE} AS DISCOVERY_FEATURE,
  ${STORE_ID} AS STORE_ID,
  ${STORE_NAME} AS STORE_NAME,
  ${PRIMARY_TAG_NAME} AS PRIMARY_TAG_NAME,
  ${PRIMARY_CATEGORY_NAME} AS PRIMARY_CATEGORY_NAME,
  ${IS_NV} AS IS_NV
FROM ${table}
