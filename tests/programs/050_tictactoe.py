# Tic-tac-toe: winner detection on boards, and playing out a fixed game.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    if " " not in board:
        return "draw"
    return None
def show(board):
    for r in range(3):
        print(" " + board[3 * r] + " | " + board[3 * r + 1] + " | " + board[3 * r + 2])
        if r < 2:
            print("---+---+---")
boards = ["XXXOO    ", "XO XO X  ", "OXXXOXXOO", "XOXXOOOXX", "X O O X  ", "         "]
for b in boards:
    print(repr(b), "->", winner(list(b)))
board = [" "] * 9
moves = [4, 0, 2, 6, 3, 5, 1, 7, 8]
player = "X"
for m in moves:
    board[m] = player
    w = winner(board)
    print("move", player, "at", m, "->", w)
    if w is not None:
        break
    player = "O" if player == "X" else "X"
show(board)
