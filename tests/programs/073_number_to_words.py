# Spelling out numbers in English words.
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(1000000000000, "trillion"), (1000000000, "billion"), (1000000, "million"), (1000, "thousand")]
def below_thousand(n):
    words = ""
    if n >= 100:
        words = ONES[n // 100] + " hundred"
        n %= 100
        if n == 0:
            return words
        words += " and "
    if n < 20:
        return words + ONES[n]
    words += TENS[n // 10]
    if n % 10:
        words += "-" + ONES[n % 10]
    return words
def spell(n):
    if n < 0:
        return "minus " + spell(-n)
    if n < 1000:
        return below_thousand(n)
    parts = ""
    for size, name in SCALES:
        if n >= size:
            chunk, n = divmod(n, size)
            if parts:
                parts += " "
            parts += spell(chunk) + " " + name
    if n:
        parts += " " + below_thousand(n)
    return parts
for n in [0, 7, 13, 20, 42, 99, 100, 101, 110, 999, 1000, 1001, 2024, 12345, 100000, 1000000, 7000001, -58, 123456789, 9223372036854775807]:
    print(n, ":", spell(n))
letters = 0
for n in range(1, 101):
    for ch in spell(n):
        if "a" <= ch <= "z":
            letters += 1
print("letters used for 1..100:", letters)
