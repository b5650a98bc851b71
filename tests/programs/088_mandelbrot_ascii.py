# An ASCII Mandelbrot set: float arithmetic in nested loops with early exit.
chars = " .:-=+*#%@"
width = 60
height = 20
max_iter = 30
counts = [0] * (max_iter + 1)
for row in range(height):
    y = -1.2 + 2.4 * row / (height - 1)
    line = ""
    for col in range(width):
        x = -2.1 + 2.8 * col / (width - 1)
        zr = 0.0
        zi = 0.0
        n = 0
        while n < max_iter and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y
            n += 1
        counts[n] += 1
        line += chars[n * (len(chars) - 1) // max_iter]
    print(line)
print("inside:", counts[max_iter], "escaped at once:", counts[1])
print(counts)
