"""Taxi fare model: trains in SageMaker's scikit-learn container (script mode) and serves from it.

Training: SageMaker copies the `train` channel (the Parquet under processed/trips/) into
SM_CHANNEL_TRAIN, runs `python train.py --n-estimators … --max-depth …` and uploads whatever is
left in SM_MODEL_DIR as model.tar.gz. Serving: the same file is the inference script;
SageMaker calls model_fn once, then input_fn → predict → JSON for each request.
"""
import argparse
import glob
import io
import os

import joblib
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

# What a request gives for each trip, in this order (CSV, one trip per line).
FEATURES = ["trip_distance", "trip_minutes", "pickup_hour", "passenger_count"]
TARGET = "fare_amount"


def trip_features(trips):
    """The model's columns from the processed trips (Parquet columns are lower case)."""
    minutes = (trips["tpep_dropoff_datetime"] - trips["tpep_pickup_datetime"]).dt.total_seconds() / 60
    return pd.DataFrame({
        "trip_distance": trips["trip_distance"].astype(float),
        "trip_minutes": minutes,
        "pickup_hour": trips["tpep_pickup_datetime"].dt.hour.astype(float),
        "passenger_count": trips["passenger_count"].fillna(1).astype(float),
    })


def train(args):
    files = sorted(glob.glob(os.path.join(os.environ["SM_CHANNEL_TRAIN"], "**", "*.parquet"), recursive=True))
    if not files:
        raise FileNotFoundError(f"No Parquet files in the train channel ({os.environ['SM_CHANNEL_TRAIN']})")
    trips = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    features = trip_features(trips)
    keep = (features["trip_minutes"] > 0) & (features["trip_minutes"] < 300) & (trips[TARGET] > 0)
    x, y = features[keep], trips.loc[keep, TARGET]
    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=42)
    model = GradientBoostingRegressor(n_estimators=args.n_estimators, max_depth=args.max_depth, random_state=42)
    model.fit(x_train, y_train)
    error = mean_absolute_error(y_test, model.predict(x_test))
    print(f"Trained on {len(x_train)} trips; mean absolute error on {len(x_test)} held-out trips: {error:.2f} USD")
    joblib.dump(model, os.path.join(os.environ["SM_MODEL_DIR"], "model.joblib"))


def model_fn(model_dir):
    return joblib.load(os.path.join(model_dir, "model.joblib"))


def input_fn(body, content_type):
    if content_type != "text/csv":
        raise ValueError(f"Send trips as text/csv ({', '.join(FEATURES)}), not {content_type}")
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    return pd.read_csv(io.StringIO(text), header=None, names=FEATURES)


def predict_fn(trips, model):
    return np.round(model.predict(trips), 2)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--n-estimators", type=int, default=100)
    parser.add_argument("--max-depth", type=int, default=3)
    train(parser.parse_args())
