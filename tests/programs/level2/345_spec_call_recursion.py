# Specialized calls keep the recursion limit: deep recursion through specialized sites raises RecursionError, and the program recovers.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n > 0 else None


def method_depth(obj, n):
    return obj.go(n)


class Walker:
    def go(self, n):
        return 0 if n == 0 else 1 + self.go(n - 1)


for i in range(100):
    depth(50)
print("warm", depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
print("again", depth(900))
w = Walker()
print("walker", method_depth(w, 400))
try:
    method_depth(w, 5000)
except RecursionError as e:
    print("RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
for i in range(70):
    Node(3)
try:
    Node(3000)
except RecursionError as e:
    print("RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
print("recovered", depth(10), Node(5).child is not None)
