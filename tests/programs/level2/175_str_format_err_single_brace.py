# A single '}' outside a field is a ValueError ('}}' is the escape).
print("{{literal}} {}".format(1))
print("oops } here".format())
