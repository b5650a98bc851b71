# Tier 2: a global deleted by a callee mid-loop with no handler: the traced loop dies of NameError
# raised in the function that reads it.
zq_weight_factor = 3


def forget():
    global zq_weight_factor
    del zq_weight_factor


def weigh(i):
    return i * zq_weight_factor


def run(n):
    t = 0
    for i in range(n):
        t += weigh(i)
        if i % 100 == 0:
            print("  ", i, t)
        if i == 321:
            forget()
    return t


print("total:", run(500))
