# Topological sort of a build graph with Kahn's algorithm, and cycle detection.
deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "lib"],
}
def topo(deps):
    indegree = {}
    users = {}
    for node in deps:
        indegree[node] = len(deps[node])
        if node not in users:
            users[node] = []
        for d in deps[node]:
            if d not in users:
                users[d] = []
            users[d].append(node)
    ready = []
    for node in deps:
        if indegree[node] == 0:
            ready.append(node)
    ready.sort()
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        print("build", node, "then unlock", users[node])
        newly = []
        for u in users[node]:
            indegree[u] -= 1
            if indegree[u] == 0:
                newly.append(u)
        ready = sorted(ready + newly)
    if len(order) != len(deps):
        stuck = []
        for n in deps:
            if indegree[n] > 0:
                stuck.append(n)
        return None, stuck
    return order, []
order, stuck = topo(deps)
print("order", order)
position = {}
for i, n in enumerate(order):
    position[n] = i
ok = True
for n in deps:
    for d in deps[n]:
        if position[d] > position[n]:
            ok = False
print("valid", ok)
deps["core"] = ["tests"]
order, stuck = topo(deps)
print("order", order, "stuck", stuck)
