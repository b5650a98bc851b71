# Day-of-week with Zeller's congruence, leap years, and a printed month calendar.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    if m in (4, 6, 9, 11):
        return 30
    return 31
NAMES = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
def zeller(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    return (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
for y, m, d in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19), (1815, 6, 18)]:
    print(y, m, d, NAMES[zeller(y, m, d)])
for y in [1900, 2000, 2023, 2024, 2100, 2400]:
    print(y, "leap" if is_leap(y) else "common", days_in_month(y, 2))
def show_month(y, m):
    print("   year", y, "month", m)
    print("Mo Tu We Th Fr Sa Su")
    first = (zeller(y, m, 1) + 5) % 7
    line = "   " * first
    col = first
    for d in range(1, days_in_month(y, m) + 1):
        text = str(d)
        if d < 10:
            text = " " + text
        line += text
        col += 1
        if col == 7:
            print(line)
            line = ""
            col = 0
        else:
            line += " "
    if line:
        print(line)
show_month(2024, 2)
show_month(2023, 10)
fridays = 0
for y in range(1901, 2001):
    for m in range(1, 13):
        if zeller(y, m, 13) == 6:
            fridays += 1
print("Friday the 13ths in the 20th century:", fridays)
