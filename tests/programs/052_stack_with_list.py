# A stack built on a list: balanced brackets and postfix evaluation.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in ")]}":
            if len(stack) == 0 or stack.pop() != pairs[ch]:
                return False
    return len(stack) == 0
for t in ["()", "([]{})", "(]", "((", "{[()()]}", "", "a(b)c]", "(((x)))"]:
    print(repr(t), balanced(t))
def eval_postfix(tokens):
    stack = []
    for tok in tokens:
        if tok == "+" or tok == "-" or tok == "*" or tok == "/":
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                stack.append(a / b)
        else:
            stack.append(int(tok))
        print("  ", tok, "->", stack)
    return stack[0]
print(eval_postfix(["3", "4", "+", "2", "*"]))
print(eval_postfix(["5", "1", "2", "+", "4", "*", "+", "3", "-"]))
print(eval_postfix(["7", "2", "/", "10", "*"]))
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print("pop", stack.pop(), "left", len(stack))
