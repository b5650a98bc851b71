# chaos: the chaos game. A point hops around the unit square under a handful of contracting
# maps, each hop picking a map at random by weight, and the cells of a small grid count where
# it lands; the picture that builds up is the maps' attractor (a fractal). A 2-D vector class
# with operator overloading (+, -, *, abs), subclasses overriding one method, a seeded
# `random` stream, float-to-int conversion and list-of-lists updates.
#
# Usage: chaos.py [--size POINTS] [--loops K]   (the protocol is in README.md)

import math
import random
import sys
import time

DEFAULT_SIZE = 300000

# The grid the points are counted in (GRID x GRID cells over the unit square).
GRID = 64

# Hops made before counting starts, so the point has settled onto the attractor.
SETTLE = 25

# The seed of the random stream that picks the maps.
SEED = 20240611

# The grid's checksum CPython 3.11 computes with this program, by number of points. Every map
# is a fixed sequence of IEEE-754 operations and `random` is the same Mersenne Twister
# everywhere, so every correct engine lands in the same cells.
KNOWN_CHECKSUMS = {DEFAULT_SIZE: 2998191627, 10000: 3215044475}

# Where the point ends up after DEFAULT_SIZE points (the maps contract, so this depends only on
# the last few dozen hops; it catches a wrong float operation too small to move a point to
# another cell).
DEFAULT_LAST = (0.3460542174994532, 0.6388718106877163)


class Vec:
    """A point (or displacement) in the plane."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, factor):
        return Vec(self.x * factor, self.y * factor)

    def __abs__(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def turned(self, cos_a, sin_a):
        """This vector rotated by the angle whose cosine and sine are given."""
        return Vec(self.x * cos_a - self.y * sin_a, self.x * sin_a + self.y * cos_a)


class Move:
    """One map of the game, picked with probability proportional to `weight`."""

    def __init__(self, weight):
        self.weight = weight

    def apply(self, p):
        return p


class Toward(Move):
    """Jumps a fixed fraction of the way to an anchor point (the Sierpinski moves)."""

    def __init__(self, weight, anchor, keep):
        Move.__init__(self, weight)
        self.anchor = anchor
        self.keep = keep

    def apply(self, p):
        return self.anchor + (p - self.anchor) * self.keep


class Spin(Move):
    """Shrinks towards a centre while turning about it by a fixed angle."""

    def __init__(self, weight, centre, degrees, keep):
        Move.__init__(self, weight)
        self.centre = centre
        angle = math.radians(degrees)
        self.cos_a = math.cos(angle) * keep
        self.sin_a = math.sin(angle) * keep

    def apply(self, p):
        return self.centre + (p - self.centre).turned(self.cos_a, self.sin_a)


class Bulge(Move):
    """Pulls towards a centre, harder the further out the point is (a non-linear map)."""

    def __init__(self, weight, centre, strength):
        Move.__init__(self, weight)
        self.centre = centre
        self.strength = strength

    def apply(self, p):
        d = p - self.centre
        return self.centre + d * (self.strength / (1.0 + abs(d)))


class Shear(Move):
    """A general affine map x' = a x + b y + e, y' = c x + d y + f."""

    def __init__(self, weight, a, b, c, d, e, f):
        Move.__init__(self, weight)
        self.row_x = Vec(a, b)
        self.row_y = Vec(c, d)
        self.offset = Vec(e, f)

    def apply(self, p):
        rx = self.row_x
        ry = self.row_y
        return Vec(rx.x * p.x + rx.y * p.y, ry.x * p.x + ry.y * p.y) + self.offset


def make_moves():
    """The maps. Each one takes the unit square into itself, so the point never leaves it."""
    return [
        Toward(3.0, Vec(0.0, 0.0), 0.5),
        Toward(3.0, Vec(1.0, 0.0), 0.5),
        Toward(3.0, Vec(0.5, 0.95), 0.5),
        Spin(2.0, Vec(0.5, 0.5), 37.0, 0.45),
        Bulge(1.0, Vec(0.3, 0.7), 0.4),
        Shear(1.5, 0.35, 0.15, -0.1, 0.4, 0.3, 0.45),
    ]


def pick(moves, limits, u):
    """The move whose slice of [0, 1) contains `u`."""
    for i in range(len(limits)):
        if u < limits[i]:
            return moves[i]
    return moves[-1]


def play(points):
    """Plays the game; returns (grid of hit counts, points that left the square, last point)."""
    random.seed(SEED)
    moves = make_moves()
    total = 0.0
    for m in moves:
        total += m.weight
    limits = []
    running = 0.0
    for m in moves:
        running += m.weight
        limits.append(running / total)
    grid = []
    for _ in range(GRID):
        grid.append([0] * GRID)
    escaped = 0
    # Start somewhere inside the square; the settling hops forget where.
    p = Vec(random.random(), random.random())
    for _ in range(SETTLE):
        p = pick(moves, limits, random.random()).apply(p)
    for _ in range(points):
        p = pick(moves, limits, random.random()).apply(p)
        if 0.0 <= p.x <= 1.0 and 0.0 <= p.y <= 1.0:
            col = int(p.x * GRID)
            row = int(p.y * GRID)
            # A coordinate of exactly 1.0 belongs to the last cell.
            if col == GRID:
                col = GRID - 1
            if row == GRID:
                row = GRID - 1
            grid[row][col] += 1
        else:
            escaped += 1
    return grid, escaped, p


def checksum(grid):
    """A 32-bit hash of the counts in row-major order."""
    h = 17
    for row in grid:
        for n in row:
            h = (h * 1000003 + n) & 0xFFFFFFFF
    return h


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


def check(points, result):
    grid, escaped, last = result
    if len(grid) != GRID:
        fail("grid has %d rows, expected %d" % (len(grid), GRID))
    hits = 0
    busiest = 0
    for row in grid:
        if len(row) != GRID:
            fail("a grid row has %d cells, expected %d" % (len(row), GRID))
        for n in row:
            if n < 0:
                fail("negative count %d" % n)
            hits += n
            busiest = max(busiest, n)
    if escaped != 0:
        fail("%d points left the unit square" % escaped)
    if hits != points:
        fail("%d hits counted for %d points" % (hits, points))
    total = checksum(grid)
    if points in KNOWN_CHECKSUMS and total != KNOWN_CHECKSUMS[points]:
        fail("checksum %d, expected %d" % (total, KNOWN_CHECKSUMS[points]))
    if points == DEFAULT_SIZE:
        x, y = DEFAULT_LAST
        if abs(last.x - x) > 1e-14 or abs(last.y - y) > 1e-14:
            fail("last point (%r, %r), expected (%r, %r)" % (last.x, last.y, x, y))
    return total, busiest


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
        result = play(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        summary = check(size, result)
    print("ok %d points, checksum %d, busiest cell %d" % (size, summary[0], summary[1]))


if __name__ == "__main__":
    main()
