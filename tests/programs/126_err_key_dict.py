# Error program: looking up a missing dict key raises KeyError.
prices = {"apple": 3, "pear": 4, "fig": 7}
cart = ["apple", "fig", "apple", "mango", "pear"]
print(prices.get("mango"), prices.get("mango", 0), "mango" in prices)
total = 0
for item in cart:
    print("looking up", item, item in prices)
    total += prices[item]
    print("total", total)
print("unreachable", total)
