# nqueens: every way to put N queens on an N x N board with no two attacking each other,
# found by a recursive generator that places one queen per row and hands finished boards up
# with `yield from`. The columns and diagonals in use are sets; a generator expression with
# `any` checks each finished board again. Generators, `yield from`, sets, tuples.
#
# Usage: nqueens.py [--size N] [--loops K]   (the protocol is in README.md)

import sys
import time

DEFAULT_SIZE = 12

# The number of solutions for each board size (OEIS A000170).
KNOWN_COUNTS = {
    1: 1,
    2: 0,
    3: 0,
    4: 2,
    5: 10,
    6: 4,
    7: 40,
    8: 92,
    9: 352,
    10: 724,
    11: 2680,
    12: 14200,
    13: 73712,
}

# The checksum of the solutions at the default size, as CPython 3.11 computes it.
DEFAULT_CHECKSUM = 3941919869


def placements(n, row, columns, rising, falling, queens):
    """Yields every completion of the board whose first `row` rows hold `queens` (a list of
    columns). `columns`, `rising` and `falling` are the columns and the two kinds of diagonal
    (row + column, row - column) already attacked."""
    if row == n:
        yield tuple(queens)
        return
    for column in range(n):
        if column in columns or row + column in rising or row - column in falling:
            continue
        columns.add(column)
        rising.add(row + column)
        falling.add(row - column)
        queens.append(column)
        yield from placements(n, row + 1, columns, rising, falling, queens)
        queens.pop()
        falling.remove(row - column)
        rising.remove(row + column)
        columns.remove(column)


def mirror(board):
    """The board reflected left to right."""
    last = len(board) - 1
    return tuple(last - column for column in board)


def solutions(n):
    """The solutions for an n x n board. Reflecting a solution left to right gives another, so
    only boards whose first queen is in the left half (or the middle column) are searched, and
    each of those also yields its mirror image (unless it is its own, in the middle column)."""
    for column in range((n + 1) // 2):
        found = placements(n, 1, {column}, {column}, {-column}, [column])
        for board in found:
            yield board
            if 2 * column + 1 != n:
                yield mirror(board)


def is_solution(queens):
    """True when no two of the queens attack each other (checked pair by pair)."""
    n = len(queens)
    return not any(
        queens[i] == queens[j] or abs(queens[i] - queens[j]) == j - i
        for i in range(n)
        for j in range(i + 1, n)
    )


def nqueens(n):
    """Returns (every solution, how many of them pass the pairwise check)."""
    boards = list(solutions(n))
    valid = sum(1 for board in boards if is_solution(board))
    return boards, valid


def checksum(boards):
    """A hash (32-bit FNV-1a) of the solutions in the order they were found."""
    h = 2166136261
    for board in boards:
        for column in board:
            h = ((h ^ column) * 16777619) & 0xFFFFFFFF
    return h


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


def check(n, result):
    boards, valid = result
    count = len(boards)
    if valid != count:
        fail("%d boards have queens attacking each other" % (count - valid))
    if n in KNOWN_COUNTS and count != KNOWN_COUNTS[n]:
        fail("%d solutions for N = %d, expected %d" % (count, n, KNOWN_COUNTS[n]))
    everything = set(boards)
    if len(everything) != count:
        fail("%d of the solutions are repeats" % (count - len(everything)))
    columns = list(range(n))
    for board in boards:
        if sorted(board) != columns:
            fail("the board %r is not a permutation of the columns" % (board,))
        if mirror(board) not in everything:
            fail("the mirror image of %r is missing" % (board,))
    if n == DEFAULT_SIZE and checksum(boards) != DEFAULT_CHECKSUM:
        fail("checksum %d, expected %r" % (checksum(boards), DEFAULT_CHECKSUM))


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
    if size < 1:
        sys.exit("nqueens: the size must be at least 1")
    result = None
    for _ in range(loops):
        start = time.perf_counter()
        result = nqueens(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        check(size, result)
    boards = result[0]
    print("ok %d solutions for N = %d, checksum %d" % (len(boards), size, checksum(boards)))


if __name__ == "__main__":
    main()
