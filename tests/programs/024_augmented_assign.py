# Augmented assignment on names, list elements, dict entries and nested subscripts.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 3
print(x)
x /= 2
print(x)
n = 0b1111
n &= 0b1010
print(n)
n |= 0b0101
print(n)
n ^= 0b1111
print(n)
n <<= 4
print(n)
n >>= 2
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 7
lst += [4, 5]
print(lst)
grid = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        grid[i][j] += i * 10 + j
        grid[i][j] *= 2
print(grid)
counts = {"a": 0, "b": 5}
counts["a"] += 1
counts["b"] -= 2
counts["a"] += counts["b"]
print(counts)
alias = lst
alias += [6]
print(lst, alias is lst)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
f = 1.5
f *= 2
f -= 0.25
print(f)
