# A specialized attribute load whose attribute disappears mid-loop raises CPython's error.
class Reading:
    def __init__(self, value):
        self.value = value
        self.unit = "C"


r = Reading(20)
total = 0
for i in range(200):
    total += r.value
    if i % 50 == 0:
        print("step", i, total, r.unit)
    if i == 120:
        del r.value
print("unreachable", total)
