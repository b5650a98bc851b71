# An inventory system with dicts of lists: orders, restocking, reports.
stock = {"widget": 10, "gadget": 3, "doohickey": 0, "gizmo": 25}
prices = {"widget": 2.5, "gadget": 12.0, "doohickey": 7.25, "gizmo": 0.99}
orders = [
    ("ann", [("widget", 4), ("gadget", 1)]),
    ("bo", [("gadget", 5)]),
    ("cy", [("gizmo", 10), ("doohickey", 1), ("widget", 2)]),
    ("di", [("widget", 4), ("gizmo", 15)]),
    ("ed", [("widget", 1)]),
]
revenue = 0.0
backorders = {}
for customer, lines in orders:
    bill = 0.0
    for item, qty in lines:
        if stock[item] >= qty:
            stock[item] -= qty
            bill += prices[item] * qty
            print(customer, "bought", qty, item)
        else:
            short = qty - stock[item]
            backorders[item] = backorders.get(item, 0) + short
            print(customer, "wanted", qty, item, "but only", stock[item], "left")
    revenue += bill
    print("  bill for", customer, round(bill, 2))
print("stock", stock)
print("backorders", backorders)
print("revenue", round(revenue, 2))
for item in backorders:
    stock[item] += backorders[item] + 5
print("after restock", stock)
low = []
for item, qty in stock.items():
    if qty < 5:
        low.append(item)
print("low stock", low)
value = 0.0
for item in sorted(stock):
    worth = stock[item] * prices[item]
    value += worth
    print(item, stock[item], prices[item], round(worth, 2))
print("inventory value", round(value, 2))
