# property(fget, fset, fdel) built by call, validation in setters, properties in subclasses.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def get_balance(self):
        return self._balance

    def set_balance(self, value):
        if value < 0:
            print("  refusing negative balance", value)
            return
        self._balance = value

    balance = property(get_balance, set_balance)

    def _get_summary(self):
        return "%s: %d" % (self.owner, self._balance)

    summary = property(_get_summary)


acct = Account("ann", 50)
print(acct.summary)
acct.balance = 75
print(acct.summary)
acct.balance = -5
print(acct.summary)
acct.balance -= 25
print(acct.balance, acct.summary)


class Savings(Account):
    rate = 3

    @property
    def summary(self):
        return "savings " + super().summary + " at %d%%" % self.rate

    @property
    def interest(self):
        return self.balance * self.rate // 100


s = Savings("bob", 1000)
print(s.summary)
print("interest:", s.interest)
s.balance = 2000
print(s.summary, s.interest)
s.rate = 5
print(s.summary, s.interest)
print(Savings.rate, Account.summary is Savings.summary)


class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def value(self):
        if "_cache" not in self.__dict__:
            self.computed += 1
            self._cache = sum(range(10))
        return self._cache


lazy = Lazy()
print(lazy.value, lazy.value, lazy.value, "computed", lazy.computed, "time(s)")
print(property(None, None, None, "just docs").__doc__)
