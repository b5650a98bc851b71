# __iter__ returning something that is not an iterator makes iteration fail with TypeError.
class Good:
    def __iter__(self):
        return iter([1, 2, 3])


class Bad:
    def __init__(self):
        self.data = [4, 5]

    def __iter__(self):
        return self.data


print(list(Good()), sum(Good()))
for v in Good():
    print("good", v)
b = Bad()
print("data", b.data)
for v in b:
    print("bad", v)
print("not reached")
