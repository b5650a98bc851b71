# isinstance and issubclass on user class hierarchies and built-in types, with tuples (also nested) of classes.
class Vehicle:
    pass
class Car(Vehicle):
    pass
class SportsCar(Car):
    pass
class Truck(Vehicle):
    pass
class Boat:
    pass
things = [Vehicle(), Car(), SportsCar(), Truck(), Boat(), 3, "car"]
names = ["Vehicle", "Car", "SportsCar", "Truck", "Boat", "int", "str"]
for i in range(len(things)):
    t = things[i]
    print(names[i], isinstance(t, Vehicle), isinstance(t, Car), isinstance(t, SportsCar),
          isinstance(t, Truck), isinstance(t, Boat))
for i in range(len(things)):
    t = things[i]
    print(names[i], isinstance(t, (Car, Boat)), isinstance(t, (Truck, int)), isinstance(t, ()),
          isinstance(t, (str, (Boat, (SportsCar,)))))
classes = [Vehicle, Car, SportsCar, Truck, Boat]
for a in classes:
    row = []
    for b in classes:
        row.append(issubclass(a, b))
    print(a.__name__, row)
print(issubclass(SportsCar, (Truck, Car)), issubclass(Boat, (Vehicle, Car)), issubclass(Car, ()))
print(issubclass(Truck, (Boat, (Vehicle,))))
# Built-in types.
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(float, int))
print(issubclass(bool, (str, float)), issubclass(bool, (str, int)), issubclass(list, (tuple, dict)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance("", str))
print(isinstance(None, (int, str)), isinstance(range(3), range), isinstance(len, (int, str)))
# The classes themselves are not instances of the user classes.
print(isinstance(Car, Vehicle), isinstance(Car, Car), issubclass(Car, Car))
def kind_of(x):
    if isinstance(x, (SportsCar, Truck)):
        return "special vehicle"
    if isinstance(x, Vehicle):
        return "vehicle"
    if isinstance(x, (int, float)):
        return "number"
    return "other"
for t in things + [2.5, False, None]:
    print(kind_of(t))
counts = {}
for t in things:
    for c in classes:
        if isinstance(t, c):
            counts[c.__name__] = counts.get(c.__name__, 0) + 1
print(counts)
