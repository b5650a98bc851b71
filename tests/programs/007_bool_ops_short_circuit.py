# and/or/not return operands, not just bools; evaluation stops early.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or 0)
print(not 0, not 1, not "", not "x", not [], not [0], not None)
print([] or [1], [1] and [], 0.0 or -0.0, "a" and "b" and "c", "a" and "" and "c")
calls = []
def t(name, value):
    calls.append(name)
    return value
print(t("a", 0) and t("b", 1))
print(calls)
calls = []
print(t("a", 1) or t("b", 1))
print(calls)
calls = []
print(t("a", 0) or t("b", "") or t("c", "found") or t("d", 1))
print(calls)
calls = []
print(t("a", 1) and t("b", 2) and t("c", None) and t("d", 4))
print(calls)
print(True and False or True, True and (False or True), not True or True, not (True or True))
x = 7
print(x > 5 and x < 10, x < 5 or x > 6, not x == 7)
name = ""
shown = name or "anonymous"
print("hello", shown)
d = {}
count = d.get("k") or 0
print("count", count)
print(bool(1 and 0), bool(0 or 3), bool(None), bool(0.0), bool("0"))
