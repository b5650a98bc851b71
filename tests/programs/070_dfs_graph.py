# Depth-first search on a graph stored as a dict of adjacency lists: reachability, components, cycles.
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
    "g": ["h"],
    "h": ["g"],
    "i": [],
}
def dfs(node, seen, order):
    seen[node] = True
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen, order)
for start in ["a", "c", "g", "i"]:
    order = []
    dfs(start, {}, order)
    print("from", start, order)
undirected = {}
for node in graph:
    undirected[node] = []
for node in graph:
    for nxt in graph[node]:
        undirected[node].append(nxt)
        undirected[nxt].append(node)
seen = {}
components = []
for node in undirected:
    if node in seen:
        continue
    stack = [node]
    comp = []
    seen[node] = True
    while stack:
        cur = stack.pop()
        comp.append(cur)
        for nxt in undirected[cur]:
            if nxt not in seen:
                seen[nxt] = True
                stack.append(nxt)
    components.append(sorted(comp))
print("components", components)
WHITE, GREY, BLACK = 0, 1, 2
def has_cycle():
    color = {}
    for n in graph:
        color[n] = WHITE
    for n in graph:
        if color[n] == WHITE and visit_node(n, color):
            return True
    return False
def visit_node(n, color):
    color[n] = GREY
    for m in graph[n]:
        if color[m] == GREY:
            print("back edge", n, "->", m)
            return True
        if color[m] == WHITE and visit_node(m, color):
            return True
    color[n] = BLACK
    return False
print("cycle?", has_cycle())
graph["h"] = []
print("cycle after removing h->g?", has_cycle())
