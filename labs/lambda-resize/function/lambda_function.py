import io
import os
import urllib.parse

import boto3
from PIL import Image, ImageOps, UnidentifiedImageError

s3 = boto3.client("s3")

INPUT_PREFIX = "input/"
OUTPUT_PREFIX = "output/"
MAX_SIZE = int(os.environ.get("MAX_SIZE", "800"))

# The formats the function handles: how to save each one and the Content-Type of the copy.
# Many phone cameras write JPEGs that Pillow opens as "MPO" (a JPEG with extra pictures inside).
SAVE_AS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG"}
CONTENT_TYPE = {"JPEG": "image/jpeg", "PNG": "image/png"}


def lambda_handler(event, context):
    resized = []
    for record in event.get("Records", []):
        bucket = record["s3"]["bucket"]["name"]
        # Keys arrive URL-encoded in the event: "my photo.jpg" comes as "my+photo.jpg"
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])

        # Defence in depth: never process our own output, whatever the trigger says
        if not key.startswith(INPUT_PREFIX):
            print(f"Skipping {key}: not under {INPUT_PREFIX}")
            continue

        original = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
        result = shrink(original)
        if result is None:
            print(f"Skipping {key}: not a JPEG or PNG image")
            continue
        body, image_format = result

        out_key = OUTPUT_PREFIX + key[len(INPUT_PREFIX):]
        s3.put_object(
            Bucket=bucket,
            Key=out_key,
            Body=body,
            ContentType=CONTENT_TYPE[image_format],
        )
        print(f"Resized s3://{bucket}/{key} -> s3://{bucket}/{out_key}")
        resized.append(out_key)

    return {"resized": resized}


def shrink(original):
    """The image fitted into MAX_SIZE, as (bytes, format); None if it is not a JPEG or PNG."""
    try:
        source = Image.open(io.BytesIO(original))
    except UnidentifiedImageError:
        return None
    with source:
        image_format = SAVE_AS.get(source.format)
        if image_format is None:
            return None
        image = ImageOps.exif_transpose(source)  # respect the camera's rotation
    image.thumbnail((MAX_SIZE, MAX_SIZE))        # keeps the aspect ratio, never enlarges

    buffer = io.BytesIO()
    if image_format == "JPEG":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")         # JPEG has no transparency or palette
        image.save(buffer, format="JPEG", quality=85, optimize=True)
    else:
        image.save(buffer, format="PNG", optimize=True)  # PNG keeps its transparency
    return buffer.getvalue(), image_format
