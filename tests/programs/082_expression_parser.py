# A tokenizer and recursive-descent evaluator for integer arithmetic expressions.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            i += 1
        elif "0" <= ch <= "9":
            n = 0
            while i < len(text) and "0" <= text[i] <= "9":
                n = n * 10 + ord(text[i]) - 48
                i += 1
            tokens.append(("num", n))
        else:
            tokens.append(("op", ch))
            i += 1
    tokens.append(("end", None))
    return tokens
pos = 0
toks = []
def peek():
    return toks[pos]
def advance():
    global pos
    tok = toks[pos]
    pos += 1
    return tok
def expr():
    value = term()
    while peek() == ("op", "+") or peek() == ("op", "-"):
        op = advance()[1]
        rhs = term()
        value = value + rhs if op == "+" else value - rhs
    return value
def term():
    value = factor()
    while peek()[0] == "op" and peek()[1] in "*/%":
        op = advance()[1]
        rhs = factor()
        if op == "*":
            value *= rhs
        elif op == "/":
            value //= rhs
        else:
            value %= rhs
    return value
def factor():
    kind, val = advance()
    if kind == "num":
        return val
    if val == "-":
        return -factor()
    if val == "(":
        v = expr()
        advance()
        return v
    return 0
def evaluate(text):
    global pos, toks
    toks = tokenize(text)
    pos = 0
    return expr()
for e in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7", "-7 / 2", "2 * (3 + 4) * (5 - 1)", "17 % 5 + -3",
          "((((42))))", "1 - 2 - 3", "2 * -(-3 + 1)", "123456789 * 1000"]:
    print(e, "=", evaluate(e))
print(tokenize("12+(3*45)"))
