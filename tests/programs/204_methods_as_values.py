# Bound and unbound methods as values: stored in lists and dicts, passed to functions, called later.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def withdraw(self, amount):
        self.balance -= amount
        return self.balance
    def report(self):
        return self.owner + " has " + str(self.balance)
alice = Account("alice", 100)
bob = Account("bob", 50)
# A bound method remembers its instance.
dep = alice.deposit
print(dep(10), dep(5), alice.balance)
actions = [alice.deposit, bob.deposit, alice.withdraw, bob.withdraw]
for act in actions:
    print(act(7))
print(alice.report(), bob.report())
# Stored in a dict and dispatched by name.
commands = {"in": bob.deposit, "out": bob.withdraw, "show": bob.report}
for name, arg in [("in", 20), ("out", 3), ("in", 1)]:
    print(name, commands[name](arg))
print(commands["show"]())
# Passed to a function that calls it.
def apply_n(func, n, arg):
    result = None
    for i in range(n):
        result = func(arg)
    return result
print(apply_n(alice.withdraw, 3, 10), alice.balance)
print(apply_n(bob.deposit, 2, 100), bob.balance)
# Unbound: the function from the class takes the instance first.
unbound = Account.deposit
print(unbound(alice, 1000), unbound(bob, 1))
reporters = [Account.report, Account.report]
accounts = [alice, bob]
for i in range(2):
    print(reporters[i](accounts[i]))
def apply_to_all(func, objs, arg):
    out = []
    for o in objs:
        out.append(func(o, arg))
    return out
print(apply_to_all(Account.withdraw, accounts, 1), apply_to_all(Account.deposit, accounts, 2))
# A bound method kept after the attribute that held the instance is rebound.
keep = bob.report
bob = Account("bob2", 0)
print(keep(), bob.report())
print(callable(keep), callable(Account.report), Account.report.__name__, keep.__name__)
# Methods of built-in objects are values too.
nums = []
push = nums.append
for i in range(4):
    push(i * i)
print(nums)
getter = {"a": 1, "b": 2}.get
print(getter("a"), getter("z"), getter("z", 0))
up = "shout".upper
print(up(), up() == "SHOUT")
