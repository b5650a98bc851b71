# Error program: random.choice of an empty sequence raises IndexError.
import random
random.seed(6)
deck = ["ace", "king", "queen"]
print(random.choice(deck), random.choice("xyz"), random.choice(range(3)))
rounds = 0
while True:
    card = random.choice(deck)
    deck.remove(card)
    rounds += 1
    print("round", rounds, "drew", card, "left", deck)
