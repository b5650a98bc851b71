# Text left after a spec's type, or options a string does not take, are ValueErrors.
print(format(7, "+05d"), format("s", "<3"))
print(format(7, "5d!"))
