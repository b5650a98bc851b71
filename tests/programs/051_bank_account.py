# A bank simulation with accounts kept in dicts and a transaction log.
accounts = {}
log = []
def open_account(owner, initial=0):
    number = 1000 + len(accounts)
    accounts[number] = {"owner": owner, "balance": initial, "history": []}
    log.append(("open", number, initial))
    return number
def deposit(number, amount):
    if amount <= 0:
        log.append(("rejected deposit", number, amount))
        return False
    accounts[number]["balance"] += amount
    accounts[number]["history"].append(amount)
    log.append(("deposit", number, amount))
    return True
def withdraw(number, amount):
    acct = accounts[number]
    if amount > acct["balance"]:
        log.append(("insufficient", number, amount))
        return False
    acct["balance"] -= amount
    acct["history"].append(-amount)
    log.append(("withdraw", number, amount))
    return True
def transfer(src, dst, amount):
    if withdraw(src, amount):
        deposit(dst, amount)
        return True
    return False
a = open_account("alice", 100)
b = open_account("bob")
c = open_account("carol", 250)
print(deposit(a, 50), deposit(b, -5), withdraw(b, 10), transfer(c, b, 75), transfer(a, c, 500))
for month in range(1, 4):
    for number in accounts:
        interest = accounts[number]["balance"] * 2 // 100
        if interest > 0:
            deposit(number, interest)
    print("month", month, accounts[a]["balance"], accounts[b]["balance"], accounts[c]["balance"])
for number, acct in accounts.items():
    print(number, acct["owner"], acct["balance"], acct["history"])
for entry in log:
    print(entry)
total = 0
for number in accounts:
    total += accounts[number]["balance"]
print("bank total", total)
