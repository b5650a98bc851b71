# getattr() without a default on a missing attribute raises AttributeError.
class Sensor:
    def __init__(self):
        self.temperature = 21
        self.humidity = 40
s = Sensor()
for name in ["temperature", "humidity"]:
    print(name, getattr(s, name))
print(getattr(s, "pressure_kpa", "n/a"))
print(getattr(s, "pressure_kpa"))
