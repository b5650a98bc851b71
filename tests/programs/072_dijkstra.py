# Dijkstra's shortest paths with a simple O(n^2) selection, and path reconstruction.
edges = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
    ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1),
]
graph = {}
for a, b, w in edges:
    if a not in graph:
        graph[a] = []
    if b not in graph:
        graph[b] = []
    graph[a].append((b, w))
    graph[b].append((a, w))
INF = float("inf")
def dijkstra(source):
    dist = {}
    prev = {}
    for n in graph:
        dist[n] = INF
        prev[n] = None
    dist[source] = 0
    done = {}
    while len(done) < len(graph):
        best = None
        for n in graph:
            if n not in done and (best is None or dist[n] < dist[best]):
                best = n
        if dist[best] == INF:
            break
        done[best] = True
        for nxt, w in graph[best]:
            if dist[best] + w < dist[nxt]:
                dist[nxt] = dist[best] + w
                prev[nxt] = best
    return dist, prev
dist, prev = dijkstra("A")
for n in sorted(dist):
    path = []
    cur = n
    while cur is not None:
        path.append(cur)
        cur = prev[cur]
    path.reverse()
    if dist[n] == INF:
        print(n, "unreachable", dist[n])
    else:
        print(n, dist[n], path)
dist2, prev2 = dijkstra("E")
print(dist2)
