# Benchmark-like: building strings by concatenation, slicing and comparing them.
s = ""
for i in range(5000):
    s += chr(97 + i % 26)
print(len(s), s[:30], s[-10:])
count = 0
for i in range(len(s) - 2):
    if s[i:i + 3] == "xyz":
        count += 1
print("xyz occurrences", count)
rev = ""
for ch in s[:2000]:
    rev = ch + rev
print(rev[:26], rev == s[:2000][::-1])
parts = []
for i in range(2000):
    parts.append(str(i))
joined = ""
for p in parts:
    joined += p
print(len(joined), joined[:20], joined[-20:])
digits = [0] * 10
for ch in joined:
    digits[ord(ch) - 48] += 1
print(digits, sum(digits))
