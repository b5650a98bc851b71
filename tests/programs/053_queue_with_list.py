# A FIFO queue with a list and a head index, simulating a print spooler and the Josephus problem.
queue = []
head = 0
def enqueue(item):
    queue.append(item)
def dequeue():
    global head
    item = queue[head]
    head += 1
    return item
def size():
    return len(queue) - head
jobs = [("report", 3), ("photo", 5), ("memo", 1), ("poster", 8)]
for job in jobs:
    enqueue(job)
clock = 0
while size() > 0:
    name, pages = dequeue()
    clock += pages
    print("printed", name, "pages", pages, "done at", clock, "waiting", size())
    if name == "memo":
        enqueue(("memo-copy", 2))
def josephus(n, k):
    people = list(range(1, n + 1))
    order = []
    idx = 0
    while len(people) > 1:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return people[0], order
for n, k in [(7, 3), (10, 2), (5, 1), (41, 3)]:
    survivor, order = josephus(n, k)
    print("n", n, "k", k, "survivor", survivor, "first out", order[:5])
ring = [1, 2, 3, 4, 5]
for step in range(7):
    ring.append(ring.pop(0))
    print("rotate", step, ring)
