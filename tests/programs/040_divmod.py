# divmod on ints and floats of every sign; time conversion with divmod.
for a in [17, -17, 0, 5]:
    for b in [5, -5, 3]:
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(1.0, 0.1))
def hms(seconds):
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return days, hours, minutes, secs
for s in [0, 59, 60, 3599, 3600, 86399, 86400, 1000000, 987654321]:
    print(s, hms(s))
def to_base(n, base):
    if n == 0:
        return "0"
    digits = ""
    while n > 0:
        n, r = divmod(n, base)
        digits = "0123456789abcdef"[r] + digits
    return digits
for n in [0, 7, 255, 1000, 65535, 9223372036854775807]:
    print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16))
q, r = divmod(9223372036854775807, 1000000007)
print(q, r, q * 1000000007 + r)
