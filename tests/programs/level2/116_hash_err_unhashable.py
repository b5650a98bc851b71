# A class that defines __eq__ but not __hash__ cannot be a dict key.
class Item:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name == other.name


a = Item("apple")
b = Item("apple")
print(a == b, a != b, a is b)
stock = [a, b]
print(stock.count(Item("apple")))
prices = {}
prices["apple"] = 3
print(prices)
prices[a] = 4
print("not reached")
