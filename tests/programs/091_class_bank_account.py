# A BankAccount class with a class attribute shared by all instances.
class BankAccount:
    interest_rate = 0.02
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        BankAccount.count += 1
        self.number = BankAccount.count
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance
    def withdraw(self, amount):
        if amount > self.balance:
            self.history.append(("refused", amount))
            return False
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return True
    def add_interest(self):
        gained = self.balance * self.interest_rate
        self.balance += gained
        return gained
    def describe(self):
        return "#" + str(self.number) + " " + self.owner + ": " + str(self.balance)
a = BankAccount("alice", 100)
b = BankAccount("bob")
print(a.describe(), "|", b.describe(), "| accounts:", BankAccount.count)
print(a.deposit(50), b.deposit(20), a.withdraw(500), b.withdraw(5))
print(a.add_interest(), b.add_interest())
print(a.describe(), "|", b.describe())
BankAccount.interest_rate = 0.1
print(a.interest_rate, b.interest_rate)
b.interest_rate = 0.5
print(a.interest_rate, b.interest_rate, BankAccount.interest_rate)
print(round(a.add_interest(), 4), round(b.add_interest(), 4))
for acct in [a, b]:
    print(acct.owner, round(acct.balance, 2), acct.history)
c = BankAccount("carol", 1)
print(c.number, BankAccount.count, a.count)
