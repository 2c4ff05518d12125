"""The extension's icon for the Extension Manager (description.xml <icon>).

A 42 x 42 PNG (the size the Extension Manager shows), drawn here pixel by
pixel and written with zlib, so it needs no image library: a rounded teal
square with four white bars rising to the right, a bar chart of planned
capacity.  --high-contrast draws the same in white on black.
Usage: /usr/bin/python3 tools/make_icon.py [--high-contrast] OUTPUT.png
"""
import struct
import sys
import zlib

SIZE = 42
RADIUS = 7
# (left, right) columns and top row of each bar; all stand on BASE.
BARS = ((8, 13, 25), (16, 21, 19), (24, 29, 13), (32, 35, 8))
BASE = 33


def pixels(high_contrast):
    bg = (0, 0, 0, 255) if high_contrast else (0x1F, 0x6F, 0x78, 255)
    fg = (255, 255, 255, 255)
    clear = (0, 0, 0, 0)
    rows = []
    for y in range(SIZE):
        row = []
        for x in range(SIZE):
            # Outside the rounded corners: transparent.
            cx = min(max(x, RADIUS), SIZE - 1 - RADIUS)
            cy = min(max(y, RADIUS), SIZE - 1 - RADIUS)
            if (x - cx) ** 2 + (y - cy) ** 2 > RADIUS ** 2:
                row.append(clear)
                continue
            on_bar = any(left <= x <= right and top <= y < BASE for left, right, top in BARS)
            on_axis = BASE <= y <= BASE + 1 and 6 <= x <= SIZE - 7
            row.append(fg if on_bar or on_axis else bg)
        rows.append(row)
    return rows


def png(rows):
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + bytes(v for px in row for v in px) for row in rows)
    header = struct.pack(">IIBBBBB", len(rows[0]), len(rows), 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    args = sys.argv[1:]
    high_contrast = "--high-contrast" in args
    args = [a for a in args if a != "--high-contrast"]
    if len(args) != 1:
        sys.exit("usage: %s [--high-contrast] OUTPUT.png" % sys.argv[0])
    with open(args[0], "wb") as f:
        f.write(png(pixels(high_contrast)))


if __name__ == "__main__":
    main()
