# Error program: reading an attribute an instance does not have raises AttributeError.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
a = Account("ann")
a.balance += 10
a.balance *= 3
print(a.owner, a.balance)
print(a.nonexistent_overdraft_limit)
