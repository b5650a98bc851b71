# Tier 2: an uncaught KeyError raised in a function inlined into a hot loop's trace, after the
# loop has run hundreds of iterations; the traceback shows the loop's frame and the callee's.
prices = {"apple": 3, "pear": 5, "plum": 2, "fig": 7}


def price_of(item, qty):
    return prices[item] * qty


def checkout(basket):
    total = 0
    for n, item in enumerate(basket):
        total += price_of(item, n % 4 + 1)
        if n % 200 == 199:
            print("subtotal after", n + 1, "items:", total)
    return total


basket = ["apple", "pear", "plum", "fig"] * 150
print("first basket", checkout(basket))
basket[555] = "durian"
print("second basket", checkout(basket))
