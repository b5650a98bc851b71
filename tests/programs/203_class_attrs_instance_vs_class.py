# Class attributes versus instance attributes: shadowing, shared mutable class data, counters kept on the class.
class Item:
    count = 0
    registry = []
    unit = "pcs"
    def __init__(self, name, qty):
        Item.count += 1
        self.id = Item.count
        self.name = name
        self.qty = qty
        Item.registry.append(name)
    def describe(self):
        return str(self.id) + ":" + self.name + "=" + str(self.qty) + self.unit
a = Item("bolt", 10)
b = Item("nut", 25)
c = Item("gear", 2)
print(Item.count, a.count, b.count, Item.registry, c.registry)
print(a.describe(), b.describe(), c.describe())
# Assigning through the instance creates an instance attribute and hides the class one.
b.unit = "kg"
print(a.unit, b.unit, c.unit, Item.unit)
print(b.describe())
Item.unit = "units"
print(a.describe(), b.describe(), c.describe())
# Deleting the instance attribute uncovers the class attribute again.
del b.unit
print(b.unit, b.describe())
# Augmented assignment through the instance reads the class value and writes an instance value.
a.count += 100
print(a.count, Item.count, b.count)
# Mutating (not rebinding) a shared class list is visible everywhere.
a.registry.append("extra")
print(Item.registry, b.registry is Item.registry)
# Attributes can be added to an instance at any time.
c.colour = "red"
print(c.colour, hasattr(c, "colour"), hasattr(a, "colour"))
class Config:
    debug = False
    level = 1
    def effective(self):
        if self.debug:
            return self.level * 10
        return self.level
x = Config()
y = Config()
print(x.effective(), y.effective())
y.debug = True
print(x.effective(), y.effective())
Config.level = 3
print(x.effective(), y.effective())
x.level = 7
print(x.effective(), y.effective(), Config.level)
Config.debug = True
print(x.effective(), y.effective(), Config().effective())
