# Error program: calling a function without a required argument raises TypeError.
def greet(name, greeting="Hello"):
    return greeting + ", " + name
def greet_all(names):
    for n in names:
        print(greet(n))
print(greet("Ann"))
print(greet("Bo", greeting="Hi"))
print(greet(greeting="Hey", name="Cy"))
greet_all(["Di", "Ed"])
print(greet(greeting="Oops"))
