"""Glue Python shell job: clean the raw taxi trips with pandas and store them as Parquet.

Reads every CSV under raw/ of the bucket passed as --BUCKET, keeps the trips that make sense
and writes processed/trips/trips.parquet, which Athena and the later labs read.
"""
import io
import sys

import boto3
import pandas as pd
from awsglue.utils import getResolvedOptions

args = getResolvedOptions(sys.argv, ["BUCKET"])
bucket = args["BUCKET"]
s3 = boto3.client("s3")

# Extract: every CSV file under raw/ (today the sample; later, one file per month).
listing = s3.list_objects_v2(Bucket=bucket, Prefix="raw/")
keys = [o["Key"] for o in listing.get("Contents", []) if o["Key"].endswith(".csv")]
if not keys:
    raise FileNotFoundError(f"No CSV files under s3://{bucket}/raw/")
trips = pd.concat(
    [pd.read_csv(s3.get_object(Bucket=bucket, Key=key)["Body"]) for key in keys],
    ignore_index=True,
)
print(f"Read {len(trips)} trips from {len(keys)} file(s)")

# Transform: one naming style, real timestamps, no impossible trips.
trips.columns = [name.lower() for name in trips.columns]
for column in ["tpep_pickup_datetime", "tpep_dropoff_datetime"]:
    trips[column] = pd.to_datetime(trips[column], errors="coerce")
trips = trips.dropna(subset=["tpep_pickup_datetime", "tpep_dropoff_datetime"])
trips = trips[(trips["fare_amount"] > 0) & (trips["trip_distance"] > 0)]

# Load: one Parquet file, timestamps in milliseconds, which every reader understands.
body = io.BytesIO()
trips.to_parquet(body, index=False, coerce_timestamps="ms", allow_truncated_timestamps=True)
key = "processed/trips/trips.parquet"
s3.put_object(Bucket=bucket, Key=key, Body=body.getvalue())
print(f"Wrote {len(trips)} clean trips to s3://{bucket}/{key}")
