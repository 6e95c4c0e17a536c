/**
 * Columns of the NYC TLC yellow-taxi trip records, in the order the TLC publishes them
 * (data dictionary as of 2025, when `cbd_congestion_fee` was added).
 */
export const TAXI_COLUMNS = [
  'VendorID',
  'tpep_pickup_datetime',
  'tpep_dropoff_datetime',
  'passenger_count',
  'trip_distance',
  'RatecodeID',
  'store_and_fwd_flag',
  'PULocationID',
  'DOLocationID',
  'payment_type',
  'fare_amount',
  'extra',
  'mta_tax',
  'tip_amount',
  'tolls_amount',
  'improvement_surcharge',
  'total_amount',
  'congestion_surcharge',
  'Airport_fee',
  'cbd_congestion_fee',
] as const;

/**
 * What the raw-data check requires of a CSV header: the columns every yellow-taxi file has carried
 * since 2015, so an older TLC extract a learner brings also counts. Compared case-insensitively.
 */
export const REQUIRED_TAXI_COLUMNS = [
  'VendorID',
  'tpep_pickup_datetime',
  'tpep_dropoff_datetime',
  'passenger_count',
  'trip_distance',
  'PULocationID',
  'DOLocationID',
  'payment_type',
  'fare_amount',
  'tip_amount',
  'total_amount',
] as const;
