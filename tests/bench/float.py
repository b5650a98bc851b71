# float: objects holding floats. Points are made in batches from sines and cosines of their
# index, scaled to unit length, and folded into a running componentwise maximum. Object
# creation with float attributes, attribute reads and writes, method calls, `math.sin`,
# `math.cos`, `math.sqrt`, the `max` builtin, and a lot of short-lived garbage.
#
# Usage: float.py [--size POINTS] [--loops K]   (the protocol is in README.md)

import math
import sys
import time

DEFAULT_SIZE = 500000

# Points made (and dropped) together; the running maximum is carried from batch to batch.
BATCH = 20000

# The componentwise maximum and the sum of all coordinates CPython 3.11 computes with this
# program, by size. Each component is one point's coordinate, sin/cos/sqrt results divided by
# a length, and the sum adds them in a fixed order, so correct engines agree to the last bit or
# two (math.sin and math.cos are not required to round correctly, hence the tolerance).
KNOWN_RESULTS = {
    DEFAULT_SIZE: (
        (0.9999313140724079, 0.9997410449029499, 0.9999590855423958),
        141168.33372060518,
    ),
    10000: ((0.9999242538292449, 0.9997382258760111, 0.9932061181997291), 2831.1991931345633),
}


class Point:
    """A point in space made from an index: the same index always gives the same point."""

    def __init__(self, i):
        self.x = math.sin(i * 0.37) * 2.0 + 0.25
        self.y = math.cos(i * 0.91) * 3.0
        self.z = math.sin(i * 0.13) * math.cos(i * 0.05) + 0.5

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        """Scales the point onto the unit sphere."""
        n = self.length()
        self.x = self.x / n
        self.y = self.y / n
        self.z = self.z / n

    def raise_to(self, other):
        """Lifts each coordinate to the other point's where that is larger; returns self."""
        self.x = max(self.x, other.x)
        self.y = max(self.y, other.y)
        self.z = max(self.z, other.z)
        return self

    def copy(self):
        p = Point(0)
        p.x = self.x
        p.y = self.y
        p.z = self.z
        return p


def make_batch(start, count):
    points = []
    for i in range(start, start + count):
        points.append(Point(i))
    return points


def run(total):
    """Makes `total` points; returns (their maximum, the sum of all their coordinates, the last
    batch, points made)."""
    best = None
    coordinate_sum = 0.0
    batch = []
    made = 0
    while made < total:
        batch = make_batch(made, min(BATCH, total - made))
        for p in batch:
            p.normalize()
        if best is None:
            best = batch[0].copy()
        for p in batch:
            best = best.raise_to(p)
            coordinate_sum += p.x + p.y + p.z
        made += len(batch)
    return best, coordinate_sum, batch, made


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


def check(total, result):
    best, coordinate_sum, batch, made = result
    if best is None:
        fail("no points were made")
    if made != total:
        fail("made %d points, expected %d" % (made, total))
    if total > 0 and len(batch) != total - (total - 1) // BATCH * BATCH:
        fail("the last batch has %d points" % len(batch))
    for p in batch:
        if abs(p.length() - 1.0) > 1e-14:
            fail("point (%r, %r, %r) is not of unit length" % (p.x, p.y, p.z))
        if p.x > best.x or p.y > best.y or p.z > best.z:
            fail("point (%r, %r, %r) exceeds the maximum" % (p.x, p.y, p.z))
    for c in (best.x, best.y, best.z):
        if not -1.0 <= c <= 1.0:
            fail("maximum component %r is off the unit sphere" % c)
    if total in KNOWN_RESULTS:
        (x, y, z), expected_sum = KNOWN_RESULTS[total]
        if abs(best.x - x) > 1e-15 or abs(best.y - y) > 1e-15 or abs(best.z - z) > 1e-15:
            fail("maximum (%r, %r, %r), expected (%r, %r, %r)" % (best.x, best.y, best.z, x, y, z))
        if abs(coordinate_sum - expected_sum) > 1e-12 * abs(expected_sum):
            fail("coordinates sum to %r, expected %r" % (coordinate_sum, expected_sum))
    return best, coordinate_sum


def read_options(default_size):
    """`--size N` and `--loops K` from the command line."""
    size = default_size
    loops = 1
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        if args[i] == "--size" and i + 1 < len(args):
            size = int(args[i + 1])
        elif args[i] == "--loops" and i + 1 < len(args):
            loops = int(args[i + 1])
        else:
            sys.exit("usage: %s [--size N] [--loops K]" % sys.argv[0])
        i += 2
    return size, loops


def main():
    size, loops = read_options(DEFAULT_SIZE)
    summary = None
    for _ in range(loops):
        start = time.perf_counter()
        result = run(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        summary = check(size, result)
    best, coordinate_sum = summary
    print(
        "ok %d points, maximum %.9f %.9f %.9f, sum %.6f"
        % (size, best.x, best.y, best.z, coordinate_sum)
    )


if __name__ == "__main__":
    main()
