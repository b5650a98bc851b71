# Palindromes: strings, numbers, cleaned sentences, longest palindromic substring.
def is_pal(s):
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True
def clean(s):
    out = ""
    for ch in s:
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out += ch
        elif "A" <= ch <= "Z":
            out += chr(ord(ch) + 32)
    return out
for s in ["racecar", "level", "hello", "", "a", "ab", "abba", "A man, a plan, a canal: Panama", "No lemon, no melon!"]:
    print(repr(s), is_pal(s), is_pal(clean(s)), s[::-1] == s)
def longest_pal(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in [(center, center), (center, center + 1)]:
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, "->", longest_pal(s))
count = 0
pals = []
for n in range(10, 1000):
    if is_pal(str(n)) and is_pal(str(n * n)):
        count += 1
        pals.append(n)
print("numbers whose square is also a palindrome:", count, pals)
