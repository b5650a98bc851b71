# Error program: reading past the end of a list raises IndexError.
fib = [0, 1]
for i in range(8):
    fib.append(fib[-1] + fib[-2])
print(fib, len(fib))
print(fib[-1], fib[-len(fib)], fib[9])
i = 0
while True:
    print("fib", i, fib[i])
    i += 3
