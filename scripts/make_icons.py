"""Draw the favicon set from the logo's mark: favicon.ico (16, 32, 48 px) and PNG icons for phones.

The mark (site/static/brand/mark.svg) is a rounded teal square with a sand-coloured horizon (dunes, polder, sea)
and a light sprout with two leaves rising from it. Browsers that read SVG favicons use mark.svg itself; this script
draws the same shapes with Pillow for the rest. Run it after changing the mark:

    .venv/bin/python scripts/make_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

BRAND = Path(__file__).resolve().parent.parent / "site" / "static" / "brand"
TEAL, TEAL_DARK, SAND, LEAF = "#1d5e6e", "#123f4a", "#f3d9a4", "#ffffff"
SIZE = 512  # drawn large, scaled down with a good filter
# The same shapes as mark.svg, on its 64-unit grid: each leaf is two quadratic curves (start, control, end, control).
LEAVES = (((32, 40), (19, 40), (15, 27), (29, 27)), ((32, 31), (34, 17), (50, 15), (47, 29)))


def quadratic(start, control, end, steps=24):
    return [
        (
            (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * control[0] + t**2 * end[0],
            (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * control[1] + t**2 * end[1],
        )
        for t in (i / steps for i in range(steps + 1))
    ]


def mark(size: int, rounded: bool = True) -> Image.Image:
    """The mark on a 64-unit grid, as in mark.svg, drawn at 512 px and scaled to ``size``."""
    unit = SIZE / 64
    image = Image.new("RGBA", (SIZE, SIZE), TEAL)
    draw = ImageDraw.Draw(image)
    # The horizon: a low dune over the lower part, with a darker strip of sea below it.
    draw.ellipse((-16 * unit, 42 * unit, 80 * unit, 82 * unit), fill=SAND)
    draw.rectangle((0, 53 * unit, SIZE, SIZE), fill=TEAL_DARK)
    # The sprout: a stem and two leaves.
    draw.line((32 * unit, 48 * unit, 32 * unit, 30 * unit), fill=LEAF, width=round(3 * unit))
    for start, control, end, back in LEAVES:
        outline = quadratic(start, control, end) + quadratic(end, back, start)
        draw.polygon([(x * unit, y * unit) for x, y in outline], fill=LEAF)
    if rounded:
        clip = Image.new("L", (SIZE, SIZE), 0)
        ImageDraw.Draw(clip).rounded_rectangle((0, 0, SIZE - 1, SIZE - 1), radius=14 * unit, fill=255)
        image.putalpha(clip)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main():
    mark(48).save(BRAND / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    for name, size in (("apple-touch-icon.png", 180), ("icon-192.png", 192), ("icon-512.png", 512)):
        # Square and opaque: phones round the corners themselves.
        mark(size, rounded=False).convert("RGB").save(BRAND / name, optimize=True)
    print(f"Icons written to {BRAND}")


if __name__ == "__main__":
    main()
