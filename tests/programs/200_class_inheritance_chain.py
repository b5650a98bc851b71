# Method and class-attribute resolution through a four-class inheritance chain, with overrides at each level.
class Animal:
    kind = "animal"
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + " the " + self.kind + " says " + self.speak() + " on " + str(self.legs) + " legs"
    def family(self):
        return "Animal"
class Mammal(Animal):
    kind = "mammal"
    def family(self):
        return "Mammal<" + Animal.family(self) + ">"
    def warm(self):
        return True
class Dog(Mammal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    kind = "puppy"
    def speak(self):
        return "yip"
    def family(self):
        return "Puppy<" + Mammal.family(self) + ">"
class Bird(Animal):
    legs = 2
    kind = "bird"
    def speak(self):
        return "tweet"
zoo = [Animal("generic"), Mammal("whale"), Dog("rex"), Puppy("bit"), Bird("tweety")]
for a in zoo:
    print(a.describe())
for a in zoo:
    print(a.name, a.family(), a.kind, a.legs)
for a in zoo:
    print(a.name, isinstance(a, Animal), isinstance(a, Mammal), isinstance(a, Dog), isinstance(a, Puppy), isinstance(a, Bird))
p = Puppy("max")
print(p.warm(), Puppy.legs, Puppy.kind, Dog.kind, Mammal.kind, Animal.kind)
# Changing a class attribute high in the chain is seen by every subclass that does not override it.
Animal.legs = 5
print(p.legs, Dog.legs, Bird.legs, zoo[0].legs)
Mammal.kind = "beast"
print(Dog("d").describe(), "|", p.describe())
# An instance attribute shadows the class attribute only for that instance.
p.kind = "special"
print(p.kind, Puppy.kind, Puppy("other").kind)
# Adding a method to a base class after the fact makes it visible through the chain.
def sleep(self):
    return self.name + " sleeps"
Animal.sleep = sleep
print(p.sleep(), zoo[4].sleep(), zoo[2].sleep())
def loud(self):
    return self.speak().upper() + "!"
Dog.loud = loud
print(p.loud(), zoo[2].loud(), hasattr(zoo[1], "loud"), hasattr(p, "loud"))
count = 0
for a in zoo:
    if isinstance(a, Mammal) and a.warm():
        count += 1
print("warm-blooded:", count)
