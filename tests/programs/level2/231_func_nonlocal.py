# Level 2: nonlocal rebinding versus local shadowing and global.
x = "global"

def scopes():
    x = "enclosing"
    def local_only():
        x = "local"
        return x
    def uses_nonlocal():
        nonlocal x
        x = "changed by nonlocal"
        return x
    def uses_global():
        global x
        x = "changed global"
        return x
    print(local_only(), "|", x)
    print(uses_nonlocal(), "|", x)
    print(uses_global(), "|", x)
    return x

print(scopes())
print("module x:", x)

def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "refused"
        balance -= n
        return balance
    def show():
        return balance
    return deposit, withdraw, show

dep, wd, show = bank(50)
print(dep(25), wd(100), wd(60), show())

def levels():
    n = 0
    def a():
        def b():
            nonlocal n
            n += 10
        b()
        b()
    a()
    return n

print("levels:", levels())

def fib_memo():
    calls = 0
    memo = {}
    def fib(k):
        nonlocal calls
        calls += 1
        if k < 2:
            return k
        if k not in memo:
            memo[k] = fib(k - 1) + fib(k - 2)
        return memo[k]
    result = fib(30)
    return result, calls

print(fib_memo())
