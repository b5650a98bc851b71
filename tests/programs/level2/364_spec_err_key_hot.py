# Level 2: a KeyError raised by a dict subscript after the site has run (specialized) many times.
def lookup(table, key):
    return table[key]

prices = {"apple": 3, "pear": 5, "plum": 2, 7: 11, (1, 2): 13}
basket = ["apple", "pear", "plum", 7, (1, 2)] * 20
total = 0
for item in basket:
    total += lookup(prices, item)
print("total", total)
print("bool and float keys", lookup({1: "one"}, True), lookup({2: "two"}, 2.0))
print("about to miss")
print(lookup(prices, "mango"))
