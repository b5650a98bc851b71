# iter()/next() (with default) over list, tuple, str, dict, dict views, range and iterators; any()/all() incl. short-circuit.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
t = iter((1, "two"))
print(next(t), next(t), next(t, -1))
s = iter("hey")
print(next(s), next(s), next(s), next(s, ""), repr(next(s, "")))
d = {"a": 1, "b": 2, "c": 3}
k = iter(d)
print(next(k), next(k), list(k), next(k, "empty"))
v = iter(d.values())
print(next(v), list(v))
items = iter(d.items())
print(next(items), next(items), next(items), next(items, ("no", 0)))
r = iter(range(5, 0, -2))
print(next(r), next(r), next(r), next(r, "end"))
print(list(iter([])), list(iter("")), next(iter(range(0)), "nothing"), next(iter([None]), "x"))
# iter of an iterator returns it; iterators are shared state.
a = iter([1, 2, 3, 4])
b = iter(a)
print(a is b, next(a), next(b), list(a), list(b))
e = iter(enumerate("xy"))
print(next(e), next(e), next(e, "stop"))
# Manual loop with next and a sentinel default.
def total(values):
    it = iter(values)
    acc = 0
    while True:
        x = next(it, None)
        if x is None:
            break
        acc += x
    return acc
print(total([1, 2, 3]), total(()), total(range(101)))
# any / all
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 0.0, 1]), all([1, 0]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), all(range(0, 5)), any({0: "x"}), all({1: 0}))
print(any((False, False)), all((True,)), any([[], ()]), all([[0], (0,)]), any(iter([0, 2])))
# Short-circuit: any/all stop consuming at the deciding element.
src = iter([0, 0, 5, 0, 7])
print(any(src), list(src))
src = iter([1, 2, 0, 3, 4])
print(all(src), list(src))
def is_even(n):
    return n % 2 == 0
nums = [2, 4, 6, 7]
flags = []
for n in nums:
    flags.append(is_even(n))
print(flags, all(flags), any(flags), all(flags[:3]), any(flags[3:]))
words = ["apple", "avocado", "banana"]
starts = []
for w in words:
    starts.append(w[0] == "a")
print(all(starts), any(starts), all(starts[:2]), any(starts[2:]))
