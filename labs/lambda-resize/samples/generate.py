"""Draws the lab's sample images, so nothing is downloaded: a 1600x1200 JPEG "street" (a
gradient sky, buildings, windows, a taxi) and a 1200x900 PNG bar chart with a transparent
background. Run with any Python that has Pillow:  python labs/lambda-resize/samples/generate.py
"""
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).parent


def street() -> Image.Image:
    width, height = 1600, 1200
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):  # dusk sky
        t = y / height
        draw.line([(0, y), (width, y)], fill=(int(40 + 180 * t), int(60 + 90 * t), int(140 - 60 * t)))
    for i, x in enumerate(range(0, width, 200)):  # buildings with lit windows
        top = 300 + (i * 137) % 400
        draw.rectangle([x + 10, top, x + 190, 1000], fill=(50 + i * 9, 50 + i * 7, 60 + i * 5))
        for wy in range(top + 20, 980, 60):
            for wx in range(x + 30, x + 180, 50):
                lit = (wx * 7 + wy * 3) % 5 != 0
                draw.rectangle([wx, wy, wx + 25, wy + 30], fill=(250, 220, 120) if lit else (30, 30, 40))
    draw.rectangle([0, 1000, width, height], fill=(45, 45, 50))  # road
    draw.rounded_rectangle([600, 930, 1000, 1060], radius=30, fill=(247, 193, 30))  # a yellow cab
    for cx in (680, 920):
        draw.ellipse([cx - 40, 1020, cx + 40, 1100], fill=(20, 20, 20))
    return image


def chart() -> Image.Image:
    image = Image.new("RGBA", (1200, 900), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.line([(100, 800), (1150, 800)], fill=(30, 30, 30, 255), width=6)
    draw.line([(100, 800), (100, 60)], fill=(30, 30, 30, 255), width=6)
    for i, value in enumerate([320, 540, 610, 450, 700, 380, 560]):
        x = 150 + i * 140
        draw.rectangle([x, 800 - value, x + 90, 797], fill=(35, 110 + i * 15, 200, 255))
    return image


if __name__ == "__main__":
    street().save(HERE / "street.jpg", quality=80, optimize=True)
    chart().save(HERE / "chart.png", optimize=True)
    print("wrote", HERE / "street.jpg", "and", HERE / "chart.png")
