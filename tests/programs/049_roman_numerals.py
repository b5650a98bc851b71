# Converting integers to roman numerals and back.
VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
def to_roman(n):
    out = ""
    for i in range(len(VALUES)):
        while n >= VALUES[i]:
            out += SYMBOLS[i]
            n -= VALUES[i]
    return out
DIGIT = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    for i in range(len(s)):
        v = DIGIT[s[i]]
        if i + 1 < len(s) and DIGIT[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
for n in [1, 3, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(n, r, from_roman(r))
bad = 0
for n in range(1, 4000):
    if from_roman(to_roman(n)) != n:
        bad += 1
print("round-trip failures:", bad)
longest = ""
for n in range(1, 4000):
    r = to_roman(n)
    if len(r) > len(longest):
        longest = r
print("longest:", longest, from_roman(longest), len(longest))
