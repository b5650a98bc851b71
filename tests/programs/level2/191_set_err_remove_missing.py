# Error path: set.remove of a missing element raises KeyError with the element.
stock = {"bolt", "nut", "screw"}
for part in ["nut", "bolt"]:
    stock.remove(part)
    print("removed", part, "left", len(stock))
stock.discard("washer")
print("discard of a missing part is fine:", sorted(stock))
needed = {(1, 2), (3, 4)}
needed.remove((1, 2))
print(needed)
needed.remove((5, 6))
print("not reached")
