# Sets of user objects with __hash__/__eq__, unbound methods, isinstance, set() as a type.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __eq__(self, other):
        return isinstance(other, Card) and self.rank == other.rank and self.suit == other.suit

    def __repr__(self):
        return "Card(%d%s)" % (self.rank, self.suit)


hand = {Card(10, "h"), Card(2, "s"), Card(10, "h"), Card(7, "d")}
print(len(hand), Card(2, "s") in hand, Card(2, "h") in hand)
print(sorted([repr(c) for c in hand]))
hand.discard(Card(7, "d"))
print(len(hand), sorted([c.rank for c in hand]))


class Plain:
    pass


p = Plain()
objs = {p, p, Plain()}
print(len(objs), p in objs)
print(isinstance({1}, set), isinstance(frozenset(), set), isinstance(frozenset(), frozenset))
print(type(set()) is set, type({1}) == set, set.__name__, frozenset.__name__)
print(set.union({1}, [2], (3,)), set.intersection({1, 2}, [2]), frozenset.union(frozenset([1]), {5}))
print(set.issubset({1}, [1, 2]), set.isdisjoint({1}, {2}))
adder = {1}.add
print(adder(5), repr(adder).startswith("<built-in method add of set object at 0x"))
print(bool(set()), bool({0}), bool(frozenset()), not set())
print(len({1, 2, 3} - {2}), len(frozenset("abcabc")))
print([set(), frozenset()], {1: set(), 2: frozenset({3})}, (set([1]),))
nums = [5, 3, 5, 1, 3, 8]
print(len(nums) == len(set(nums)), sorted(set(nums)), sum(set(nums)))
print(set(enumerate("ab")) == {(0, "a"), (1, "b")}, set(zip([1, 2], [3, 4])))
