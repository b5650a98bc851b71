# Error program: popping from an empty list raises IndexError.
stack = [1, 2, 3]
history = []
def pop_and_log():
    top = stack.pop()
    history.append(top)
    return top
stack.append(4)
print("stack", stack)
while True:
    top = pop_and_log()
    print("popped", top, "left", stack, "history", history)
