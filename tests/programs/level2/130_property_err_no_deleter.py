# Deleting a property that has a getter and setter but no deleter raises AttributeError.
class User:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name.title()

    @name.setter
    def name(self, value):
        self._name = value.strip()


u = User("ada lovelace")
print(u.name)
u.name = "  grace hopper "
print(u.name, "|", u._name)
del u._name
print(hasattr(u, "_name"))
u.name = "alan turing"
print(u.name)
del u.name
print("not reached")
