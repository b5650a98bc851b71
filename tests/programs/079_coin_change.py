# Coin change: number of ways and minimum coins, greedy versus dynamic programming.
def ways(amount, coins):
    table = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            table[a] += table[a - c]
    return table[amount]
def min_coins(amount, coins):
    INF = amount + 1
    best = [0] + [INF] * amount
    choice = [0] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
                choice[a] = c
    if best[amount] == INF:
        return -1, []
    used = []
    a = amount
    while a > 0:
        used.append(choice[a])
        a -= choice[a]
    return best[amount], used
def greedy(amount, coins):
    used = []
    for c in sorted(coins, reverse=True):
        while amount >= c:
            used.append(c)
            amount -= c
    return used if amount == 0 else None
us = [1, 5, 10, 25, 50, 100]
print("ways to make 100 cents", ways(100, us), "and 200", ways(200, [1, 2, 5, 10, 20, 50, 100, 200]))
for amount in [0, 3, 30, 63, 99]:
    print(amount, min_coins(amount, us), greedy(amount, us))
odd = [1, 3, 4]
for amount in [6, 10, 15]:
    print("coins 1,3,4 amount", amount, "dp", min_coins(amount, odd), "greedy", greedy(amount, odd))
print(min_coins(7, [2, 4]), greedy(7, [2, 4]), ways(7, [2, 4]))
print("ways to make 1000 with 1..50", ways(1000, [1, 2, 5, 10, 20, 50]))
