# Error program: float true division by zero raises ZeroDivisionError.
speeds = []
trips = [(100.0, 2.0), (42.0, 0.5), (3.0, 4.0), (10.0, 0.0)]
for distance, hours in trips:
    print("trip", distance, hours)
for distance, hours in trips:
    speed = distance / hours
    speeds.append(speed)
    print("speed", speed, "so far", speeds)
print("unreachable")
