# object.__format__ refuses a non-empty spec: TypeError naming the type.
print(format(None), format([1, 2], ""), "{}".format((3,)))
print(format([1, 2], ">10"))
