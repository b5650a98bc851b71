# User __repr__ inside list, tuple and dict reprs (containers never use __str__), nested containers and objects.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __repr__(self):
        return "Card(" + repr(self.rank) + ", " + repr(self.suit) + ")"
    def __str__(self):
        return str(self.rank) + " of " + self.suit
class Hand:
    def __init__(self, owner):
        self.owner = owner
        self.cards = []
    def add(self, card):
        self.cards.append(card)
    def __repr__(self):
        return "Hand(" + self.owner + ", " + repr(self.cards) + ")"
c1 = Card(10, "hearts")
c2 = Card("K", "spades")
print(c1, c2)
print([c1, c2])
print((c1,), (c1, c2))
print({"first": c1, "second": c2})
print({1: [c1, (c2, "x")]})
print(str([c1]), repr([c1]), str((c2,)))
h = Hand("ann")
print(h)
h.add(c1)
h.add(c2)
print(h)
print([h, Hand("bob")])
print({"hands": (h,)})
table = {"dealer": [Card(2, "clubs")], "players": [h]}
print(table)
print(len(repr(table)), repr(table).count("Card("))
# A class whose __repr__ returns a string with quotes.
class Quoted:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return "Q<" + self.s + ">"
print([Quoted("it's"), Quoted('say "hi"')])
print({Quoted("k").s: Quoted("v")})
# Objects used as dict values and reached through a loop over items.
deck = {}
for suit in ["hearts", "clubs"]:
    deck[suit] = []
    for rank in [1, 2, 3]:
        deck[suit].append(Card(rank, suit))
for suit, cards in deck.items():
    print(suit, cards)
print(list(deck.values())[1][2], repr(list(deck.values())[0][0]))
