# A method receiving the same parameter both positionally and by keyword.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def resized(self, dw, dh=0):
        return Rect(self.w + dw, self.h + dh)
r = Rect(2, 3)
s = r.resized(1, dh=4)
print(s.w, s.h)
t = r.resized(dh=1, dw=2)
print(t.w, t.h)
u = r.resized(5, dw=1)
print("unreachable", u.w)
