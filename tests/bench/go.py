# go: choosing a move in the game of Go on a 9 x 9 board by Monte-Carlo tree search (UCT).
# Each of K iterations walks down a tree of moves by the UCB1 rule, adds one move, plays the
# game out with random legal moves (no suicide, simple ko, no filling one's own eye), scores
# it by area and passes the result back up. Square and Board classes, flood fills with mark
# stamps, lists as stacks, a seeded `random`, `math.sqrt` and `math.log`.
#
# Usage: go.py [--size PLAYOUTS] [--loops K]   (the protocol is in README.md)

import math
import random
import sys
import time

DEFAULT_SIZE = 400

WIDTH = 9
KOMI = 7.5
SEED = 20240601

# Random moves played from the empty board to reach the position searched.
OPENING_MOVES = 16

# A playout stops after this many moves even if nobody passed (long ko fights can cycle).
MAX_PLAYOUT_MOVES = 3 * WIDTH * WIDTH

# The weight of exploration against exploitation in UCB1.
EXPLORATION = 1.0

# Separate seeded playouts whose board is checked after every move (outside the timed part).
CHECKED_PLAYOUTS = 3

EMPTY = 0
BLACK = 1
WHITE = 2
COLOR_NAMES = [".", "X", "O"]

# At the default size, as CPython 3.11 computes it: the index of the point chosen (20 is c3),
# its visits and wins, a hash of the whole search tree, and how many playouts black won.
DEFAULT_RESULT = (20, 11, 9, 4114396920, 212)


def opponent(color):
    return 3 - color


class Square:
    """One point of the board: its colour, its neighbours, a mark stamp for flood fills and
    its place in the board's list of empty points."""

    def __init__(self, index, row, column):
        self.index = index
        self.row = row
        self.column = column
        self.color = EMPTY
        self.neighbours = []
        self.mark = 0
        self.slot = -1

    def name(self):
        return "abcdefghjklmnopqrst"[self.column] + str(self.row + 1)


class Board:
    """A position: the points, whose turn it is, the ko point, stone and capture counts."""

    def __init__(self, width):
        self.width = width
        self.squares = []
        for row in range(width):
            for column in range(width):
                self.squares.append(Square(row * width + column, row, column))
        for square in self.squares:
            row = square.row
            column = square.column
            if row > 0:
                square.neighbours.append(self.squares[square.index - width])
            if column > 0:
                square.neighbours.append(self.squares[square.index - 1])
            if column < width - 1:
                square.neighbours.append(self.squares[square.index + 1])
            if row < width - 1:
                square.neighbours.append(self.squares[square.index + width])
        self.empties = []
        self.stamp = 0
        self.clear()

    def clear(self):
        self.empties = []
        for square in self.squares:
            square.color = EMPTY
            square.slot = len(self.empties)
            self.empties.append(square)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0
        self.stones = [0, 0, 0]
        self.captures = [0, 0, 0]

    def copy_from(self, other):
        """Makes this board the same position as `other` (a board of the same width)."""
        mine = self.squares
        self.empties = []
        for theirs in other.squares:
            square = mine[theirs.index]
            square.color = theirs.color
            if square.color == EMPTY:
                square.slot = len(self.empties)
                self.empties.append(square)
            else:
                square.slot = -1
        self.to_move = other.to_move
        if other.ko is None:
            self.ko = None
        else:
            self.ko = mine[other.ko.index]
        self.passes = other.passes
        self.moves = other.moves
        self.stones = list(other.stones)
        self.captures = list(other.captures)

    def new_stamp(self):
        self.stamp += 1
        return self.stamp

    def liberties(self, square, limit):
        """The liberties of the group on `square`, counting no further than `limit`."""
        stamp = self.new_stamp()
        color = square.color
        square.mark = stamp
        pending = [square]
        found = 0
        while pending:
            stone = pending.pop()
            for n in stone.neighbours:
                if n.mark == stamp:
                    continue
                if n.color == EMPTY:
                    n.mark = stamp
                    found += 1
                    if found >= limit:
                        return found
                elif n.color == color:
                    n.mark = stamp
                    pending.append(n)
        return found

    def group(self, square):
        """The stones of the group on `square`."""
        stamp = self.new_stamp()
        color = square.color
        square.mark = stamp
        stones = [square]
        i = 0
        while i < len(stones):
            for n in stones[i].neighbours:
                if n.mark != stamp and n.color == color:
                    n.mark = stamp
                    stones.append(n)
            i += 1
        return stones

    def set_empty(self, square):
        square.slot = len(self.empties)
        self.empties.append(square)
        square.color = EMPTY

    def set_stone(self, square, color):
        """Fills an empty point: its slot in `empties` goes to the list's last point."""
        last = self.empties.pop()
        if last is not square:
            last.slot = square.slot
            self.empties[last.slot] = last
        square.slot = -1
        square.color = color

    def is_legal(self, square, color):
        """Whether `color` may play on `square`: empty, not the ko point, and not suicide (the
        stone gets a liberty, joins a group that keeps one, or captures)."""
        if square.color != EMPTY or square is self.ko:
            return False
        for n in square.neighbours:
            if n.color == EMPTY:
                return True
        for n in square.neighbours:
            if n.color == color:
                if self.liberties(n, 2) >= 2:
                    return True
            elif self.liberties(n, 2) == 1:
                return True
        return False

    def is_own_eye(self, square, color):
        """A point whose neighbours are all `color`: playing there would fill one's own eye."""
        for n in square.neighbours:
            if n.color != color:
                return False
        return True

    def play(self, square):
        """Plays the side to move on `square` (a legal move), removes captured groups and
        works out the new ko point."""
        color = self.to_move
        enemy = opponent(color)
        self.set_stone(square, color)
        self.stones[color] += 1
        taken = 0
        taken_square = None
        for n in square.neighbours:
            if n.color == enemy and self.liberties(n, 1) == 0:
                for stone in self.group(n):
                    self.set_empty(stone)
                    taken += 1
                    taken_square = stone
        self.stones[enemy] -= taken
        self.captures[color] += taken
        self.ko = None
        if taken == 1:
            # A lone stone that took a lone stone and has that point as its only liberty:
            # retaking at once would repeat the position.
            alone = True
            free = 0
            for n in square.neighbours:
                if n.color == color:
                    alone = False
                elif n.color == EMPTY:
                    free += 1
            if alone and free == 1:
                self.ko = taken_square
        self.to_move = enemy
        self.passes = 0
        self.moves += 1

    def pass_move(self):
        self.to_move = opponent(self.to_move)
        self.ko = None
        self.passes += 1
        self.moves += 1

    def candidate_moves(self):
        """The legal moves of the side to move that do not fill its own eyes, in board order."""
        color = self.to_move
        moves = []
        for square in self.squares:
            if (
                square.color == EMPTY
                and not self.is_own_eye(square, color)
                and self.is_legal(square, color)
            ):
                moves.append(square)
        return moves

    def random_move(self):
        """A random candidate move, or None: the empty points are tried in turn from a random
        one until a candidate turns up."""
        color = self.to_move
        empties = self.empties
        count = len(empties)
        if count == 0:
            return None
        start = random.randrange(count)
        for k in range(count):
            square = empties[(start + k) % count]
            if not self.is_own_eye(square, color) and self.is_legal(square, color):
                return square
        return None

    def playout(self, limit):
        """Random moves until both sides pass or `limit` moves were played."""
        played = 0
        while self.passes < 2 and played < limit:
            square = self.random_move()
            if square is None:
                self.pass_move()
            else:
                self.play(square)
            played += 1

    def area(self):
        """(black points, white points) by area scoring: stones plus the empty regions that
        border stones of one colour only."""
        # Empty points by the colours bordering their region: none, black, white, both.
        regions = [0, 0, 0, 0]
        stamp = self.new_stamp()
        for square in self.squares:
            if square.color != EMPTY or square.mark == stamp:
                continue
            square.mark = stamp
            region = [square]
            borders = 0
            i = 0
            while i < len(region):
                for n in region[i].neighbours:
                    if n.color == EMPTY:
                        if n.mark != stamp:
                            n.mark = stamp
                            region.append(n)
                    else:
                        borders |= n.color
                i += 1
            regions[borders] += len(region)
        return self.stones[BLACK] + regions[BLACK], self.stones[WHITE] + regions[WHITE]

    def winner(self):
        black, white = self.area()
        if black > white + KOMI:
            return BLACK
        return WHITE

    def picture(self):
        rows = []
        for row in range(self.width - 1, -1, -1):
            line = ""
            for column in range(self.width):
                line += COLOR_NAMES[self.squares[row * self.width + column].color]
            rows.append(line)
        return "\n".join(rows)


class Node:
    """A position in the search tree, reached by `move` (a square index, -1 at the root).
    `wins` counts the playouts through here won by the side that made `move`."""

    def __init__(self, move, parent, mover):
        self.move = move
        self.parent = parent
        self.mover = mover
        self.children = []
        self.untried = None
        self.wins = 0
        self.visits = 0

    def best_child(self):
        """The child with the highest UCB1 value (the first one on ties)."""
        scale = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + EXPLORATION * math.sqrt(scale / child.visits)
            if value > best_value:
                best = child
                best_value = value
        return best

    def most_visited(self):
        best = None
        for child in self.children:
            if best is None or child.visits > best.visits:
                best = child
        return best


class Search:
    """UCT from one position."""

    def __init__(self, position):
        self.position = position
        self.board = Board(position.width)
        self.root = Node(-1, None, opponent(position.to_move))
        self.black_wins = 0

    def iterate(self):
        board = self.board
        board.copy_from(self.position)
        node = self.root
        # Down the tree while every move of the node has a child; then one new child.
        while True:
            if node.untried is None:
                node.untried = board.candidate_moves()
            untried = node.untried
            if untried:
                pick = random.randrange(len(untried))
                square = untried[pick]
                untried[pick] = untried[len(untried) - 1]
                untried.pop()
                mover = board.to_move
                board.play(square)
                child = Node(square.index, node, mover)
                node.children.append(child)
                node = child
                break
            if not node.children:
                break
            node = node.best_child()
            board.play(board.squares[node.move])
        board.playout(MAX_PLAYOUT_MOVES)
        won = board.winner()
        if won == BLACK:
            self.black_wins += 1
        while node is not None:
            node.visits += 1
            if won == node.mover:
                node.wins += 1
            node = node.parent

    def run(self, playouts):
        for _ in range(playouts):
            self.iterate()
        return self.root.most_visited()


def opening(board, moves):
    """Plays `moves` random moves (or passes) from the empty board."""
    board.clear()
    for _ in range(moves):
        square = board.random_move()
        if square is None:
            board.pass_move()
        else:
            board.play(square)


def go(playouts):
    """Returns (the searched position, the search, the chosen child)."""
    random.seed(SEED)
    position = Board(WIDTH)
    opening(position, OPENING_MOVES)
    search = Search(position)
    best = search.run(playouts)
    return position, search, best


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


def area_by_spreading(board):
    """The area score worked out another way: each empty point learns which colours it can
    reach, passing what it knows to its empty neighbours until nothing changes."""
    reach = [0] * len(board.squares)
    changed = True
    while changed:
        changed = False
        for square in board.squares:
            if square.color != EMPTY:
                continue
            seen = reach[square.index]
            for n in square.neighbours:
                if n.color == EMPTY:
                    seen |= reach[n.index]
                else:
                    seen |= n.color
            if seen != reach[square.index]:
                reach[square.index] = seen
                changed = True
    black = 0
    white = 0
    for square in board.squares:
        if square.color == BLACK or (square.color == EMPTY and reach[square.index] == BLACK):
            black += 1
        if square.color == WHITE or (square.color == EMPTY and reach[square.index] == WHITE):
            white += 1
    return black, white


def check_board(board, context):
    """The board's bookkeeping agrees with its points, and every group has a liberty."""
    counts = [0, 0, 0]
    in_checked_group = [False] * len(board.squares)
    for square in board.squares:
        counts[square.color] += 1
        if square.color == EMPTY:
            if square.slot < 0 or board.empties[square.slot] is not square:
                fail("%s: %s is empty but not listed as such" % (context, square.name()))
        elif square.slot != -1:
            fail("%s: %s holds a stone but has an empty slot" % (context, square.name()))
        elif not in_checked_group[square.index]:
            if board.liberties(square, 1) == 0:
                fail("%s: the group on %s has no liberty" % (context, square.name()))
            for stone in board.group(square):
                in_checked_group[stone.index] = True
    if counts[EMPTY] != len(board.empties):
        fail("%s: %d empty points, %d listed" % (context, counts[EMPTY], len(board.empties)))
    if counts[BLACK] != board.stones[BLACK] or counts[WHITE] != board.stones[WHITE]:
        fail("%s: stones %r counted as %r" % (context, counts, board.stones))
    if board.ko is not None and board.ko.color != EMPTY:
        fail("%s: the ko point %s is not empty" % (context, board.ko.name()))


def check_area(board, context):
    area = board.area()
    other = area_by_spreading(board)
    if area != other:
        fail("%s: the area is %r, or %r counted otherwise" % (context, area, other))


def check_tree(node, depth):
    """Visits add up (a node's own playout plus its children's) and wins never exceed
    visits. Returns a hash of the subtree."""
    below = 0
    h = (node.move + 2) * 1000003 + node.visits * 131 + node.wins
    for child in node.children:
        below += child.visits
        h = (h * 31 + check_tree(child, depth + 1)) & 0xFFFFFFFF
    own = 0
    if depth > 0:
        own = 1
    if node.wins > node.visits or node.visits < below + own:
        fail(
            "a node at depth %d has %d wins, %d visits and %d visits below"
            % (depth, node.wins, node.visits, below)
        )
    return h


def check_playouts(position):
    """Plays a few more playouts from the position, checking the board after every move. A
    move right after a move (not a pass) must not bring back the position before that one:
    that is the simple ko rule."""
    random.seed(SEED + 1)
    board = Board(position.width)
    for game in range(CHECKED_PLAYOUTS):
        board.copy_from(position)
        check_board(board, "the searched position")
        # The pictures of the positions since the last pass.
        seen = [board.picture()]
        while board.passes < 2 and board.moves < position.moves + MAX_PLAYOUT_MOVES:
            before = board.stones[BLACK] + board.stones[WHITE]
            color = board.to_move
            taken_before = board.captures[color]
            square = board.random_move()
            if square is None:
                if board.candidate_moves():
                    fail("playout %d: a pass while moves were left" % game)
                board.pass_move()
                seen = []
            else:
                if square.color != EMPTY or not board.is_legal(square, color):
                    fail("playout %d: the move %s is illegal" % (game, square.name()))
                board.play(square)
                if square.color != color:
                    fail("playout %d: no stone on %s after playing it" % (game, square.name()))
                taken = board.captures[color] - taken_before
                after = board.stones[BLACK] + board.stones[WHITE]
                if after != before + 1 - taken:
                    fail("playout %d: %d stones became %d, %d taken" % (game, before, after, taken))
                seen.append(board.picture())
                if len(seen) >= 3 and seen[-1] == seen[-3]:
                    fail("playout %d: %s retook a ko" % (game, square.name()))
            check_board(board, "playout %d, move %d" % (game, board.moves))
        check_area(board, "playout %d" % game)


def summary(playouts, result):
    position, search, best = result
    return best.move, best.visits, best.wins, check_tree(search.root, 0), search.black_wins


def check(playouts, result):
    position, search, best = result
    root = search.root
    if root.visits != playouts:
        fail("the root has %d visits after %d playouts" % (root.visits, playouts))
    check_tree(root, 0)
    if best is None or not position.is_legal(position.squares[best.move], position.to_move):
        fail("the chosen move is not legal in the searched position")
    for child in root.children:
        if child.visits > best.visits:
            fail("the chosen move is not the most visited one")
    check_board(search.board, "the last playout")
    check_area(search.board, "the last playout")
    after = Board(position.width)
    after.copy_from(position)
    after.play(after.squares[best.move])
    check_board(after, "after the chosen move")
    check_area(after, "after the chosen move")
    check_playouts(position)
    if playouts == DEFAULT_SIZE and summary(playouts, result) != DEFAULT_RESULT:
        fail("summary %r, expected %r" % (summary(playouts, result), DEFAULT_RESULT))


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
        sys.exit("go: the number of playouts must be at least 1")
    result = None
    for _ in range(loops):
        start = time.perf_counter()
        result = go(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        check(size, result)
    position, search, best = result
    print(
        "ok %d playouts, move %s (%d visits, %d wins), black won %d"
        % (size, position.squares[best.move].name(), best.visits, best.wins, search.black_wins)
    )


if __name__ == "__main__":
    main()
