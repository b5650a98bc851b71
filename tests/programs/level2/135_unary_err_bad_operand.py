# A unary minus on an object without __neg__ raises TypeError.
class Angle:
    def __init__(self, degrees):
        self.degrees = degrees

    def __pos__(self):
        return Angle(self.degrees % 360)

    def __abs__(self):
        return abs(self.degrees)


a = Angle(-450)
print(abs(a))
print((+a).degrees)
print(abs(Angle(30)), (+Angle(400)).degrees)
b = -a
print("not reached")
