# Single inheritance, method overriding, super().__init__ and isinstance on a class hierarchy.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return self.name + " with " + str(self.sides) + " sides and area " + str(self.area())
class Rectangle(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
class Triangle(Shape):
    sides = 3
    def __init__(self, base, height):
        Shape.__init__(self, "triangle")
        self.base = base
        self.height = height
    def area(self):
        return self.base * self.height / 2
shapes = [Shape("blob"), Rectangle(3, 4), Square(5), Triangle(6, 5)]
for s in shapes:
    print(s.describe())
for s in shapes:
    print(s.name, isinstance(s, Shape), isinstance(s, Rectangle), isinstance(s, Square), isinstance(s, Triangle))
total = 0
for s in shapes:
    total += s.area()
print("total area", total)
biggest = shapes[0]
for s in shapes:
    if s.area() > biggest.area():
        biggest = s
print("biggest", biggest.name)
sq = Square(2)
sq.w = 10
print(sq.area(), sq.sides, Square.sides, Shape.sides)
