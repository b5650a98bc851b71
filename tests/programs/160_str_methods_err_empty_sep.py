# split with an empty separator is a ValueError.
row = "a;b;c"
print(row.split(";"), row.rsplit(";", 1), row.partition(";"))
print(row.split(""))
