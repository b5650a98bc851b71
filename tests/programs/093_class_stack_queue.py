# Stack and Queue classes wrapping lists, used for an undo history and a round-robin scheduler.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1]
    def size(self):
        return len(self.items)
    def empty(self):
        return len(self.items) == 0
class Queue:
    def __init__(self):
        self.items = []
        self.head = 0
    def put(self, item):
        self.items.append(item)
    def get(self):
        item = self.items[self.head]
        self.head += 1
        return item
    def size(self):
        return len(self.items) - self.head
text = ""
undo = Stack()
for word in ["hello", " world", "!", " again"]:
    undo.push(text)
    text += word
    print("typed", repr(word), "->", repr(text))
while not undo.empty():
    text = undo.pop()
    print("undo ->", repr(text), "left", undo.size())
tasks = Queue()
for name, work in [("a", 5), ("b", 2), ("c", 7), ("d", 3)]:
    tasks.put([name, work])
quantum = 2
clock = 0
while tasks.size() > 0:
    task = tasks.get()
    run = min(quantum, task[1])
    task[1] -= run
    clock += run
    if task[1] > 0:
        tasks.put(task)
        print("t =", clock, "ran", task[0], "remaining", task[1])
    else:
        print("t =", clock, "finished", task[0])
