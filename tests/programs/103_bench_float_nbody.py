# Benchmark-like: a small three-body simulation in floats (fixed steps, +-*/ only so every libm agrees).
xs = [0.0, 1.0, -1.0]
ys = [0.0, 0.0, 0.5]
vxs = [0.0, 0.0, 0.1]
vys = [0.0, 1.0, -0.8]
ms = [10.0, 0.1, 0.05]
dt = 0.001
def energy():
    e = 0.0
    for i in range(3):
        e += 0.5 * ms[i] * (vxs[i] * vxs[i] + vys[i] * vys[i])
        for j in range(i + 1, 3):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            e -= ms[i] * ms[j] / (2 * (dx * dx + dy * dy + 0.01))
    return e
print("energy before", energy())
for step in range(4000):
    for i in range(3):
        ax = 0.0
        ay = 0.0
        for j in range(3):
            if i != j:
                dx = xs[j] - xs[i]
                dy = ys[j] - ys[i]
                d2 = dx * dx + dy * dy + 0.01
                inv = ms[j] / (d2 * d2)
                ax += dx * inv
                ay += dy * inv
        vxs[i] += ax * dt
        vys[i] += ay * dt
    for i in range(3):
        xs[i] += vxs[i] * dt
        ys[i] += vys[i] * dt
    if step % 1000 == 999:
        print("step", step + 1, round(xs[1], 6), round(ys[1], 6))
print("energy after", round(energy(), 6))
