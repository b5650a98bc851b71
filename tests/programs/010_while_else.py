# while loops with else, break and continue.
n = 10
while n > 0:
    n -= 3
    print("n is", n)
else:
    print("loop ended normally with n =", n)
def find_first_multiple(values, k):
    i = 0
    while i < len(values):
        if values[i] % k == 0:
            print("found", values[i], "at", i)
            break
        i += 1
    else:
        print("no multiple of", k)
        return -1
    return i
print(find_first_multiple([3, 5, 7, 14, 9], 7))
print(find_first_multiple([3, 5, 7, 14, 9], 11))
i = 0
odd_sum = 0
while i < 20:
    i += 1
    if i % 2 == 0:
        continue
    odd_sum += i
    print("adding", i, "total", odd_sum)
count = 0
while True:
    count += 1
    if count * count > 50:
        break
print("first square over 50:", count, count * count)
while False:
    print("never")
else:
    print("else of a loop that never ran")
