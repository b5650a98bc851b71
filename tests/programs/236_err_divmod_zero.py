# divmod() by integer zero raises ZeroDivisionError.
def split_evenly(total, parts):
    return divmod(total, parts)
print(split_evenly(17, 5), split_evenly(-17, 5), split_evenly(2.5, 0.5))
print(split_evenly(17, 0))
