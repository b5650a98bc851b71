# Level 2 error path: an exception raised in a handler shows "During handling ..." context.
prices = {"apple": 3, "pear": 4}

def price_of(item):
    try:
        return prices[item]
    except KeyError:
        print("no price for", item)
        return default_price_table[item]

print(price_of("apple"))
print(price_of("pear"))
print(price_of("kiwi"))
