# Sets in algorithms: graph search, primes, dedupe keeping order, common letters, closure.
edges = [(1, 2), (2, 3), (3, 1), (3, 4), (5, 6), (6, 7), (8, 8)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)
for node in sorted(graph):
    print(node, sorted(graph[node]))
seen = set()
components = []
for start in sorted(graph):
    if start in seen:
        continue
    comp = {start}
    frontier = [start]
    while frontier:
        node = frontier.pop()
        for nxt in graph[node] - comp:
            comp.add(nxt)
            frontier.append(nxt)
    seen |= comp
    components.append(sorted(comp))
print(components)
limit = 60
composite = set()
for i in range(2, limit):
    for j in range(i * i, limit, i):
        composite.add(j)
primes = set(range(2, limit)) - composite
print(sorted(primes), len(primes))
print(primes & {x for x in range(limit) if x % 10 == 3})
items = [4, 1, 4, 2, 1, 5, 2, 9, 4]
seen = set()
ordered = []
for x in items:
    if x not in seen:
        seen.add(x)
        ordered.append(x)
print(ordered, seen)
words = ["listen", "silent", "enlist", "google", "tinsel"]
common = set(words[0])
for w in words[1:]:
    common &= set(w)
print(sorted(common))
letters = [sorted(set(w)) for w in words]
print(letters[0] == letters[1], len({frozenset(w) for w in words}))
reach = {1}
changed = True
rules = {1: {2, 5}, 2: {3}, 5: {6, 2}, 6: {1}, 7: {8}}
while changed:
    changed = False
    for node in list(reach):
        new = rules.get(node, set()) - reach
        if new:
            reach |= new
            changed = True
print(reach, sorted(reach))
a = set(range(1, 31))
fizz = {n for n in a if n % 3 == 0}
buzz = {n for n in a if n % 5 == 0}
print(sorted(fizz & buzz), len(fizz | buzz), sorted(a - fizz - buzz)[:8])
