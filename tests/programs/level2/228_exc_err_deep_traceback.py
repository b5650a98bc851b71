# Level 2 error path: an uncaught user exception raised four calls deep.
class InventoryError(Exception):
    pass

stock = {"bolt": 10, "nut": 4}

def take(item, n):
    have = stock.get(item, 0)
    if have < n:
        raise InventoryError("need %d %s, have %d" % (n, item, have))
    stock[item] = have - n
    return n

def build_part(spec):
    used = 0
    for item, n in spec:
        used += take(item, n)
    return used

def build_all(specs):
    results = []
    for spec in specs:
        results.append(build_part(spec))
        print("built part using", results[-1], "items; stock", stock)
    return results

def main():
    specs = [[("bolt", 4), ("nut", 2)], [("bolt", 3)], [("bolt", 2), ("nut", 3)]]
    print(build_all(specs))

main()
