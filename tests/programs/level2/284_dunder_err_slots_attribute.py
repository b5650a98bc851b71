# Level 2 error path: assigning an attribute that __slots__ does not allow.
class Account:
    __slots__ = ("owner", "balance")

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account("kim", 10)
print(acct.owner, acct.deposit(5), acct.balance)
acct.owner = "lee"
print(acct.owner)
acct.overdraft_limit_in_cents = 500
print("never printed")
