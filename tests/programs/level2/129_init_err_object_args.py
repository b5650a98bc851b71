# super().__init__ with arguments reaching object.__init__ raises TypeError.
class Animal:
    def __init__(self, name):
        super().__init__()
        self.name = name


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed


class Cat:
    def __init__(self, name):
        super().__init__(name)
        self.name = name


d = Dog("rex", "lab")
print(d.name, d.breed)
a = Animal("generic")
print(a.name)
c = Cat("tom")
print("not reached")
