# str.join needs str items; the error names the first bad item's index and type.
print(", ".join(["a", "b"]), "-".join("xyz"))
values = ["x", "y", 3, None]
print(", ".join(values))
