# Nested lists and dicts: building, reading and updating deep structures.
library = {
    "fiction": [
        {"title": "Dune", "year": 1965, "tags": ["space", "desert"]},
        {"title": "Emma", "year": 1815, "tags": ["society"]},
    ],
    "science": [
        {"title": "Cosmos", "year": 1980, "tags": ["space", "history"]},
    ],
}
print(len(library), len(library["fiction"]), library["science"][0]["title"])
print(library["fiction"][0]["tags"][-1], library["fiction"][1]["year"])
library["science"].append({"title": "Origin", "year": 1859, "tags": []})
library["fiction"][1]["tags"].append("romance")
library["poetry"] = []
for shelf, books in library.items():
    print(shelf, len(books))
    for book in books:
        print("  ", book["title"], book["year"], book["tags"])
tag_index = {}
for shelf in library:
    for book in library[shelf]:
        for tag in book["tags"]:
            if tag not in tag_index:
                tag_index[tag] = []
            tag_index[tag].append(book["title"])
print(tag_index)
matrix = [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
for i in range(3):
    matrix[i][i] = 1
    matrix[i][2 - i] += 2
print(matrix)
shared = [0, 0]
aliased = [shared, shared]
aliased[0][0] = 5
print(aliased)
deep = [1, [2, [3, [4, [5]]]]]
level = 0
node = deep
while len(node) == 2:
    print("level", level, "value", node[0])
    node = node[1]
    level += 1
print("innermost", node)
print(library["fiction"][0])
