# Error program: dict.popitem on an empty dict raises KeyError: 'popitem(): dictionary is empty'.
stock = {"apples": 3, "pears": 0, "plums": 7}
stock["figs"] = 2
del stock["pears"]
stock["pears"] = 5
print(list(stock.items()))
taken = []
while True:
    name, qty = stock.popitem()
    taken.append(name)
    print("took", name, qty, "left", len(stock), stock, taken)
