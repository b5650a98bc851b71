# fannkuch: for every permutation of 0..N-1, count the "pancake flips" (reverse the first
# p[0] + 1 items until 0 comes first); report the most flips and a signed checksum. List
# slicing and reversal, small-int arithmetic, while loops.
#
# Usage: fannkuch.py [--size N] [--loops K]   (the protocol is in README.md)

import math
import sys
import time

DEFAULT_SIZE = 9

# (checksum, most flips) for each N, in the permutation order used here (the one the
# benchmarks game fixed); the values for N >= 7 are the well-known published ones.
KNOWN = {
    1: (0, 0),
    2: (-1, 1),
    3: (2, 2),
    4: (4, 4),
    5: (11, 7),
    6: (49, 10),
    7: (228, 16),
    8: (1616, 22),
    9: (8629, 30),
    10: (73196, 38),
    11: (556355, 51),
    12: (3968050, 65),
}


def flips_of(perm):
    """How many prefix reversals bring 0 to the front of a copy of `perm`."""
    p = perm[:]
    flips = 0
    first = p[0]
    while first != 0:
        p[: first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    """Returns (checksum, most flips, permutations seen)."""
    perm = list(range(n))
    # counter[r] counts the rotations of the first r + 1 items still to do at level r.
    counter = [0] * n
    level = n
    checksum = 0
    most = 0
    seen = 0
    while True:
        while level > 1:
            counter[level - 1] = level
            level -= 1
        flips = flips_of(perm)
        if flips > most:
            most = flips
        if seen % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        seen += 1
        # Next permutation: rotate the first level + 1 items left by one, carrying to the
        # next level when a level has done all its rotations.
        while True:
            if level == n:
                return checksum, most, seen
            head = perm[0]
            perm[:level] = perm[1 : level + 1]
            perm[level] = head
            counter[level] -= 1
            if counter[level] > 0:
                break
            level += 1


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


def check(n, result):
    checksum, most, seen = result
    if seen != math.factorial(n):
        fail("visited %d permutations of %d items, not %d!" % (seen, n, n))
    if n in KNOWN and (checksum, most) != KNOWN[n]:
        fail("checksum %d, most flips %d; expected %r" % (checksum, most, KNOWN[n]))


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
    result = None
    for _ in range(loops):
        start = time.perf_counter()
        result = fannkuch(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        check(size, result)
    print("ok checksum %d, most flips %d" % (result[0], result[1]))


if __name__ == "__main__":
    main()
