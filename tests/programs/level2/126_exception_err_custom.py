# An uncaught user exception with its own __init__ and __str__ ends the program.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return "cannot withdraw %d, balance is %d" % (self.amount, self.balance)


class Wallet:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


w = Wallet(100)
print(w.withdraw(30))
print(w.withdraw(50))
err = InsufficientFunds(1, 2)
print(err.args, str(err))
print(w.withdraw(40))
print("not reached")
