# Level 2 error path: a class with __eq__ but no __hash__ used as a dict key.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == other.name

class HashedKey(Key):
    def __hash__(self):
        return len(self.name)

table = {HashedKey("ab"): 1, HashedKey("cd"): 2}
print(len(table), table[HashedKey("ab")])
print(Key("a") == Key("a"))
print([Key("q")] == [Key("q")])
index = {}
index[Key("first")] = 1
print("never printed")
