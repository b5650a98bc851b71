# Level 2 error path: set.remove of a missing element raises KeyError.
visited = {1, 2, 3}
print(sorted(visited))
visited.discard(7)
visited.remove(2)
print(sorted(visited), len(visited))
frontier = visited | {10, 11}
print(frontier - visited)
for node in [1, 3, 10]:
    frontier.remove(node)
    print("removed", node, "left", sorted(frontier))
frontier.remove(42)
print("never printed")
