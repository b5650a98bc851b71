# Level 2: format specs inside f-strings: width, alignment, precision, types, nesting.
pi = 3.14159265
n = 1234567
s = "cat"
print(f"[{pi:.2f}] [{pi:10.3f}] [{pi:<10.1f}] [{pi:^10.4f}] [{pi:e}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:+d}] [{-n:d}]")
print(f"[{s:>6}] [{s:<6}] [{s:^7}] [{s:*^9}] [{s:.2}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:o}] [{255:#b}] [{65:c}]")
print(f"[{0.25:%}] [{0.25:.1%}] [{1e6:g}] [{123.456:.2e}]")
print(f"[{42:05d}] [{-42:05d}] [{3.5:08.2f}] [{7:+}] [{7: }]")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
print(f"{'item':<12}|{'price':>8}|{'qty':>4}")
for item, price, qty in rows:
    print(f"{item:<12}|{price:>8.2f}|{qty:>4d}")
total = sum(p * q for _, p, q in rows)
print(f"{'total':<12}|{total:>8.2f}|")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{s:{'>'}{width}}]")
for align in "<^>":
    print(f"[{s:-{align}8}]")
print(f"{True:>6} {None!s:>6} {[1, 2]!s:>8}")
print(f"{12.0:g} {0.0001:g} {1234567.0:g} {-0.0:.1f}")
