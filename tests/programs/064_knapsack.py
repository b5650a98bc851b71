# 0/1 knapsack with a dynamic-programming table, reconstructing the chosen items.
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
def knapsack(items, capacity):
    n = len(items)
    table = []
    for i in range(n + 1):
        table.append([0] * (capacity + 1))
    for i in range(1, n + 1):
        name, weight, value = items[i - 1]
        for w in range(capacity + 1):
            best = table[i - 1][w]
            if weight <= w:
                candidate = table[i - 1][w - weight] + value
                if candidate > best:
                    best = candidate
            table[i][w] = best
    chosen = []
    w = capacity
    for i in range(n, 0, -1):
        if table[i][w] != table[i - 1][w]:
            chosen.append(items[i - 1][0])
            w -= items[i - 1][1]
    chosen.reverse()
    return table[n][capacity], chosen
for cap in [0, 10, 50, 100, 200, 400]:
    value, chosen = knapsack(items, cap)
    weight = 0
    for name, wt, val in items:
        if name in chosen:
            weight += wt
    print("capacity", cap, "value", value, "weight", weight, chosen)
