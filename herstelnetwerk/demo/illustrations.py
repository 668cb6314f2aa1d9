"""Calm illustrations of the region for the demo, drawn with Pillow: dunes, beach, polder, bulb fields, a lighthouse,
a village by the water, a dune forest. Deterministic (same scene, same pixels), nothing downloaded.

Drawn at twice the size and scaled down, so the edges are smooth. ``draw(scene, seed)`` returns a JPEG as bytes.
"""

import io
import math
import random

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1600, 900
SCALE = 2  # drawn at twice the size, then scaled down: smooth edges without an anti-aliasing renderer

SKY_TOP, SKY_LOW = (190, 219, 228), (247, 239, 224)
SEA, SEA_LIGHT = (86, 139, 160), (150, 190, 200)
SAND, SAND_DARK = (236, 214, 166), (214, 185, 128)
GRASS, GRASS_DARK, LEAF = (150, 182, 120), (96, 138, 90), (70, 110, 78)
TEAL, TEAL_DARK, BRICK, WHITE = (29, 94, 110), (18, 63, 74), (178, 84, 58), (252, 250, 245)


class Canvas:
    def __init__(self, seed: int):
        self.w, self.h = WIDTH * SCALE, HEIGHT * SCALE
        self.image = Image.new("RGB", (self.w, self.h), SKY_LOW)
        self.draw = ImageDraw.Draw(self.image)
        self.random = random.Random(seed)  # noqa: S311 - drawing, not secrets

    def y(self, fraction):
        return int(self.h * fraction)

    def sky(self, top=SKY_TOP, low=SKY_LOW, sun=True):
        for row in range(self.h):
            t = min(1.0, row / (self.h * 0.6))
            self.draw.line(
                [(0, row), (self.w, row)],
                fill=tuple(round(a + (b - a) * t) for a, b in zip(top, low, strict=True)),
            )
        if sun:
            x, y, r = (
                self.w * self.random.uniform(0.62, 0.85),
                self.h * self.random.uniform(0.16, 0.26),
                self.h * 0.07,
            )
            self.draw.ellipse((x - r * 1.6, y - r * 1.6, x + r * 1.6, y + r * 1.6), fill=(250, 236, 205))
            self.draw.ellipse((x - r, y - r, x + r, y + r), fill=(248, 214, 150))
        for _ in range(3):
            self.cloud(self.w * self.random.uniform(0.05, 0.6), self.h * self.random.uniform(0.08, 0.3))

    def cloud(self, x, y):
        size = self.h * self.random.uniform(0.03, 0.05)
        for dx, dy, f in ((0, 0, 1.0), (1.2, -0.5, 1.2), (2.5, 0, 1.0), (1.3, 0.3, 1.1)):
            r = size * f
            cx, cy = x + dx * size, y + dy * size
            self.draw.ellipse((cx - r * 1.4, cy - r, cx + r * 1.4, cy + r), fill=WHITE)

    def ridge(self, base, amplitude, fill, waves=3):
        """A smooth line of hills across the picture, filled down to the bottom."""
        parts = [
            (
                amplitude * self.random.uniform(0.4, 1.0),
                self.random.uniform(0.5, 2.5),
                self.random.uniform(0, 6.3),
            )
            for _ in range(waves)
        ]
        points = [
            (
                x,
                self.y(base)
                - sum(a * self.h * math.sin(f * x / self.w * math.pi + p) for a, f, p in parts) / waves,
            )
            for x in range(0, self.w + 20, 20)
        ]
        self.draw.polygon([*points, (self.w, self.h), (0, self.h)], fill=fill)
        return points

    def sea(self, top, bottom, waves=True):
        self.draw.rectangle((0, self.y(top), self.w, self.y(bottom)), fill=SEA)
        if waves:
            for _ in range(40):
                y = self.y(self.random.uniform(top + 0.01, bottom - 0.01))
                x = self.random.uniform(0, self.w)
                length = self.w * self.random.uniform(0.02, 0.08) * (y / self.h)
                self.draw.line([(x, y), (x + length, y)], fill=SEA_LIGHT, width=SCALE * 2)

    def grass(self, points, count=60, colour=GRASS_DARK):
        for _ in range(count):
            x, y = self.random.choice(points[1:-1])
            for lean in (-1, 0, 1):
                self.draw.line([(x, y + 6), (x + lean * 14, y - 34)], fill=colour, width=SCALE * 2)

    def tree(self, x, ground, size, colour=LEAF):
        self.draw.rectangle(
            (x - size * 0.08, ground - size * 0.9, x + size * 0.08, ground), fill=(110, 90, 70)
        )
        self.draw.ellipse(
            (x - size * 0.5, ground - size * 1.6, x + size * 0.5, ground - size * 0.6), fill=colour
        )

    def house(self, x, ground, width, height, colour):
        self.draw.rectangle((x, ground - height, x + width, ground), fill=colour)
        self.draw.polygon([(x - 4, ground - height), (x + width / 2, ground - height - width * 0.6),
                           (x + width + 4, ground - height)], fill=TEAL_DARK)  # fmt: skip
        self.draw.rectangle((x + width * 0.35, ground - height * 0.55, x + width * 0.65, ground - height * 0.15),
                            fill=(244, 226, 170))  # fmt: skip

    def jpeg(self) -> bytes:
        buffer = io.BytesIO()
        self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS).save(
            buffer, "JPEG", quality=82, optimize=True, progressive=True
        )
        return buffer.getvalue()


def dunes(c: Canvas):
    c.sky()
    c.sea(0.52, 0.6)
    c.draw.rectangle((0, c.y(0.6), c.w, c.h), fill=(226, 200, 148))
    c.ridge(0.64, 0.2, SAND_DARK, waves=2)
    front = c.ridge(0.8, 0.25, SAND, waves=2)
    c.grass(front, 90)
    c.ridge(0.92, 0.04, (226, 200, 148))


def beach(c: Canvas):
    c.sky()
    c.sea(0.5, 0.74)
    c.draw.polygon([(0, c.y(0.74)), (c.w, c.y(0.7)), (c.w, c.h), (0, c.h)], fill=SAND)
    for i in range(5):  # a row of beach posts
        x = c.w * (0.15 + i * 0.17)
        c.draw.rectangle((x, c.y(0.66 - i * 0.005), x + 10 * SCALE, c.y(0.78)), fill=TEAL_DARK)
    c.ridge(0.95, 0.03, SAND_DARK)


def polder(c: Canvas):
    c.sky()
    horizon = c.y(0.6)
    c.draw.rectangle((0, horizon, c.w, c.h), fill=GRASS)
    for i in range(-8, 9):  # ditches running to the horizon
        c.draw.line(
            [(c.w / 2 + i * 18 * SCALE, horizon), (c.w / 2 + i * 260 * SCALE, c.h)],
            fill=SEA_LIGHT,
            width=SCALE * 3,
        )
    for i in range(9):  # a row of trees along the road
        c.tree(c.w * 0.05 + i * 55 * SCALE, horizon + 4, 60 * SCALE, GRASS_DARK)
    # A windmill.
    x, ground = c.w * 0.72, horizon + 8
    c.draw.polygon(
        [(x - 50, ground), (x - 30, ground - 260), (x + 30, ground - 260), (x + 50, ground)], fill=TEAL_DARK
    )
    hub = (x, ground - 260)
    for angle in (20, 110, 200, 290):
        a = math.radians(angle)
        end = (hub[0] + math.cos(a) * 240, hub[1] + math.sin(a) * 240)
        c.draw.line([hub, end], fill=TEAL_DARK, width=SCALE * 9)


def bulb_fields(c: Canvas):
    c.sky()
    horizon = c.y(0.55)
    c.draw.rectangle((0, horizon, c.w, c.h), fill=GRASS)
    colours = [(214, 96, 88), (244, 200, 92), GRASS, (233, 140, 160), (250, 246, 236), GRASS, (214, 96, 88)]
    stripes = 14
    for i in range(stripes):
        left, right = i / stripes, (i + 1) / stripes
        c.draw.polygon(
            [(c.w * 0.45 + (left - 0.5) * c.w * 0.3, horizon), (c.w * 0.45 + (right - 0.5) * c.w * 0.3, horizon),
             ((right - 0.5) * c.w * 3.2 + c.w * 0.45, c.h), ((left - 0.5) * c.w * 3.2 + c.w * 0.45, c.h)],
            fill=colours[i % len(colours)],
        )  # fmt: skip
    for i in range(4):
        c.house(c.w * (0.7 + i * 0.06), horizon + 2, 70 * SCALE, 50 * SCALE, (200, 190, 170))


def lighthouse(c: Canvas):
    c.sky()
    c.sea(0.55, 0.66)
    front = c.ridge(0.72, 0.12, SAND)
    x, ground = c.w * 0.3, c.y(0.66)
    top = ground - c.h * 0.42
    c.draw.polygon([(x - 60, ground), (x - 38, top), (x + 38, top), (x + 38 + 22, ground)], fill=BRICK)
    for band in (0.3, 0.6):
        y = top + (ground - top) * band
        c.draw.rectangle((x - 60 + 22 * band, y, x + 60 - 22 * band, y + 40), fill=WHITE)
    c.draw.rectangle((x - 50, top - 70, x + 50, top), fill=TEAL_DARK)
    c.draw.rectangle((x - 30, top - 55, x + 30, top - 15), fill=(248, 214, 150))
    c.grass(front, 70)


def village(c: Canvas):
    c.sky()
    water = c.y(0.68)
    c.draw.rectangle((0, water, c.w, c.h), fill=SEA)
    x = c.w * 0.08
    for i in range(11):
        width, height = c.random.uniform(60, 100) * SCALE, c.random.uniform(60, 120) * SCALE
        c.house(x, water, width, height, c.random.choice([(214, 190, 160), (190, 120, 96), (230, 222, 200)]))
        x += width + 6 * SCALE
        if i == 5:  # the church tower
            c.draw.rectangle((x, water - 330 * SCALE / 2 - 120, x + 70, water), fill=TEAL_DARK)
            c.draw.polygon(
                [(x - 10, water - 285), (x + 35, water - 520), (x + 80, water - 285)], fill=TEAL_DARK
            )
            x += 90
    for _ in range(30):
        y, x0 = c.y(c.random.uniform(0.7, 0.98)), c.random.uniform(0, c.w)
        c.draw.line([(x0, y), (x0 + c.w * 0.05, y)], fill=SEA_LIGHT, width=SCALE * 2)
    c.draw.polygon([(c.w * 0.7, c.y(0.8)), (c.w * 0.82, c.y(0.8)), (c.w * 0.79, c.y(0.85)), (c.w * 0.72, c.y(0.85))],
                   fill=WHITE)  # fmt: skip
    c.draw.polygon([(c.w * 0.755, c.y(0.8)), (c.w * 0.755, c.y(0.62)), (c.w * 0.81, c.y(0.79))], fill=WHITE)


def forest(c: Canvas):
    c.sky()
    back = c.ridge(0.62, 0.06, GRASS)
    for x, y in back[::6]:
        c.tree(x, y + 40, c.random.uniform(110, 160) * SCALE / 2, GRASS_DARK)
    c.ridge(0.8, 0.05, SAND)
    for i in range(7):
        c.tree(c.w * (0.04 + i * 0.15) + c.random.uniform(-40, 40), c.y(0.9), c.random.uniform(180, 260) * SCALE / 2,
               LEAF)  # fmt: skip


SCENES = {
    "dunes": dunes,
    "beach": beach,
    "polder": polder,
    "bulb_fields": bulb_fields,
    "lighthouse": lighthouse,
    "village": village,
    "forest": forest,
}


def draw(scene: str, seed: int = 1) -> bytes:
    canvas = Canvas(seed)
    SCENES[scene](canvas)
    return canvas.jpeg()
