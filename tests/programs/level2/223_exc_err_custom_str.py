# Level 2 error path: an uncaught user exception with its own __str__ and attributes.
class BudgetExceeded(Exception):
    def __init__(self, spent, limit):
        super().__init__(spent, limit)
        self.spent = spent
        self.limit = limit

    def __str__(self):
        return "spent %d of %d (over by %d)" % (self.spent, self.limit, self.spent - self.limit)

class Wallet:
    def __init__(self, limit):
        self.limit = limit
        self.spent = 0

    def pay(self, amount):
        if self.spent + amount > self.limit:
            raise BudgetExceeded(self.spent + amount, self.limit)
        self.spent += amount
        print("paid", amount, "total", self.spent)

w = Wallet(100)
try:
    w.pay(150)
except BudgetExceeded as e:
    print("caught:", e, "| args:", e.args, "| repr:", repr(e))
for amount in [30, 40, 20, 25]:
    w.pay(amount)
print("never printed")
