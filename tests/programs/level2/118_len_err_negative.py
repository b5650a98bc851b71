# __len__ returning a negative number raises ValueError from len().
class Span:
    def __init__(self, start, stop):
        self.start = start
        self.stop = stop

    def __len__(self):
        return self.stop - self.start


spans = [Span(0, 5), Span(3, 4), Span(2, 2)]
for s in spans:
    print(s.start, s.stop, len(s), bool(s))
backwards = Span(9, 1)
print("created", backwards.start, backwards.stop)
print(len(backwards))
print("not reached")
