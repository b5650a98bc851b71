# Error program: list.remove of a missing value raises ValueError.
queue = ["a", "b", "c", "b"]
queue.remove("b")
print(queue)
queue.remove("b")
print(queue)
for item in ["a", "c", "z"]:
    print("removing", item)
    queue.remove(item)
    print("left", queue)
