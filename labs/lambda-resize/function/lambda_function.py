"""The lesson's resizing function: every JPEG or PNG created under input/ gets a copy under
output/, with the same name and format, whose longest side is at most MAX_SIZE pixels."""
import io
import os
import urllib.parse

import boto3
from PIL import Image, ImageOps

s3 = boto3.client("s3")

INPUT_PREFIX = "input/"
OUTPUT_PREFIX = "output/"
MAX_SIZE = int(os.environ.get("MAX_SIZE", "800"))
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png"}


def lambda_handler(event, context):
    resized = []
    for record in event.get("Records", []):
        bucket = record["s3"]["bucket"]["name"]
        # Keys arrive URL-encoded: "my photo.jpg" comes as "my+photo.jpg".
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])

        # Defence in depth: never process our own output, whatever the trigger says.
        if not key.startswith(INPUT_PREFIX):
            print(f"Skipping {key}: not under {INPUT_PREFIX}")
            continue

        original = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
        with Image.open(io.BytesIO(original)) as image:
            kind = image.format
            if kind not in FORMATS:
                print(f"Skipping {key}: {kind} is not JPEG or PNG")
                continue
            image = ImageOps.exif_transpose(image)  # the camera's rotation
            image.thumbnail((MAX_SIZE, MAX_SIZE))   # keeps the aspect ratio
            if kind == "JPEG" and image.mode != "RGB":
                image = image.convert("RGB")        # JPEG has no alpha channel
            buffer = io.BytesIO()
            image.save(buffer, format=kind, optimize=True, **({"quality": 85} if kind == "JPEG" else {}))

        out_key = OUTPUT_PREFIX + key[len(INPUT_PREFIX):]
        s3.put_object(Bucket=bucket, Key=out_key, Body=buffer.getvalue(), ContentType=FORMATS[kind])
        print(f"Resized s3://{bucket}/{key} -> s3://{bucket}/{out_key} ({image.width}x{image.height})")
        resized.append(out_key)

    return {"resized": resized}
