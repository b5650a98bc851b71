# min and max: several arguments or one iterable, key=, default=, ties keep the first, strings and tuples.
print(min(3, 1, 2), max(3, 1, 2), min([4, -1, 9]), max((4, -1, 9)), min("hello"), max("hello"))
print(min(2.5, 2), max(2, 2.5), min(-0.5, False), max(True, 0.5), min([1.5]), max(range(7)))
print(min("b", "abc", "ab"), max(["pear", "apple", "zoo", "fig"]), min((2, "b"), (2, "a"), (1, "z")))
print(min([[2], [1, 5], [1]]), max([(), (0,), (0, 0)]))
words = ["banana", "kiwi", "apple", "fig", "cherry"]
print(min(words, key=len), max(words, key=len), min(words), max(words))
def last_char(w):
    return w[-1]
print(min(words, key=last_char), max(words, key=last_char))
# Ties: the first of the equal items wins for both min and max.
print(min(["aa", "bb", "c", "d"], key=len), max(["aa", "bb", "c", "d"], key=len))
pairs = [(1, "first"), (3, "x"), (1, "second"), (3, "y")]
def first(p):
    return p[0]
print(min(pairs, key=first), max(pairs, key=first))
print(min(5, 3, 8, key=abs), max(-9, 3, 8, key=abs), max(-3, 3, key=abs), min(-3, 3, key=abs))
# default= is returned only for an empty iterable.
print(min([], default="empty"), max((), default=None), min([7], default=0), max("", default="?"))
print(max([], key=len, default=[]), min(range(0), default=-1), max(range(4), default=-1))
# key=None means no key.
print(min([3, 1, 2], key=None), max("zebra", key=None))
# Over dict keys, values and items.
scores = {"ann": 82, "bob": 95, "cy": 70, "dee": 95}
print(min(scores), max(scores), min(scores.values()), max(scores.values()))
def score_of(name):
    return scores[name]
print(max(scores, key=score_of), min(scores, key=score_of), max(scores.items()))
def second(item):
    return item[1]
print(max(scores.items(), key=second), min(scores.items(), key=second))
# Objects with a key function on an attribute.
class Box:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight
def weight_of(b):
    return b.weight
boxes = [Box("a", 3), Box("b", 11), Box("c", 0.5), Box("d", 11)]
print(min(boxes, key=weight_of).name, max(boxes, key=weight_of).name)
print(max(iter([4, 8, 1])), min(reversed([4, 8, 1])), max(zip([1, 2], [9, 0])))
