# Error program: indexing an int raises TypeError.
matrix = [[1, 2], [3, 4], 5]
for row in matrix:
    print("row", row)
total = 0
for i in range(len(matrix)):
    print("reading row", i)
    total += matrix[i][0]
    print("total", total)
print("unreachable")
