"""Draw the Teams app icons: appPackage/color.png (192×192) and outline.png (32×32).

    python -m tools.make_icons

The mark is a coin with a check mark (co-op funds, approved). The colour icon is the
mark on the accent colour; the outline icon, as Teams requires, is the mark alone in
white on a transparent background. Shapes are drawn with 4×4 supersampling and written
by a small PNG encoder (zlib + struct): the standard library only, and the same bytes
every run, so the committed PNGs only change when this drawing does.
"""

from __future__ import annotations

import itertools
import math
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

APP_PACKAGE = Path(__file__).resolve().parents[1] / "appPackage"
ACCENT = (0x5B, 0x5F, 0xC7)  # the manifest's accentColor
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # per side: 16 samples a pixel

Shape = Callable[[float, float], bool]  # (x, y) in 0..1 units → inside?
Pixel = tuple[int, int, int, int]


def png(width: int, height: int, rows: list[list[Pixel]]) -> bytes:
    """An 8-bit RGBA PNG of `rows` (each a list of (r, g, b, a))."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def _segment_distance(x: float, y: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def disc(cx: float, cy: float, radius: float) -> Shape:
    return lambda x, y: math.hypot(x - cx, y - cy) <= radius


def ring(cx: float, cy: float, radius: float, width: float) -> Shape:
    return lambda x, y: abs(math.hypot(x - cx, y - cy) - radius) <= width / 2


def stroke(points: list[tuple[float, float]], width: float) -> Shape:
    segments = list(itertools.pairwise(points))
    return lambda x, y: any(_segment_distance(x, y, a, b) <= width / 2 for a, b in segments)


# The check mark, in the coin's frame (the coin is centred at 0.5, 0.5).
CHECK = [(0.33, 0.51), (0.45, 0.63), (0.68, 0.38)]


def render(size: int, layers: list[tuple[Shape, tuple[int, int, int]]]) -> list[list[Pixel]]:
    """Paint `layers` in order (later ones on top), anti-aliased; transparent elsewhere."""
    rows: list[list[Pixel]] = []
    step = 1 / (size * SAMPLES)
    for row in range(size):
        pixels: list[Pixel] = []
        for column in range(size):
            red = green = blue = alpha = 0.0
            for sub_y in range(SAMPLES):
                y = row / size + (sub_y + 0.5) * step
                for sub_x in range(SAMPLES):
                    x = column / size + (sub_x + 0.5) * step
                    colour = None
                    for shape, fill in layers:
                        if shape(x, y):
                            colour = fill
                    if colour is not None:
                        red, green, blue, alpha = (
                            red + colour[0],
                            green + colour[1],
                            blue + colour[2],
                            alpha + 1,
                        )
            if alpha:
                pixels.append(
                    (
                        round(red / alpha),
                        round(green / alpha),
                        round(blue / alpha),
                        round(255 * alpha / SAMPLES**2),
                    )
                )
            else:
                pixels.append((0, 0, 0, 0))
        rows.append(pixels)
    return rows


def color_icon() -> bytes:
    size = 192
    layers = [
        (lambda x, y: True, ACCENT),  # full-bleed background; Teams rounds the corners
        (disc(0.5, 0.5, 0.27), WHITE),  # the coin, inside the 96 px safe area
        (stroke(CHECK, 0.07), ACCENT),
    ]
    return png(size, size, render(size, layers))


def outline_icon() -> bytes:
    size = 32
    layers = [(ring(0.5, 0.5, 0.40, 0.09), WHITE), (stroke(CHECK, 0.11), WHITE)]
    return png(size, size, render(size, layers))


def main(folder: Path = APP_PACKAGE) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in (("color.png", color_icon()), ("outline.png", outline_icon())):
        (folder / name).write_bytes(content)
        print(f"wrote {folder / name} ({len(content)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
