# Error program: a KeyError raised three calls deep shows every frame in the traceback.
config = {"width": 80, "height": 24}
def get(key):
    print("get", key)
    return config[key]
def area():
    return get("width") * get("height")
def volume():
    return area() * get("depth")
def report():
    print("area", area())
    print("volume", volume())
report()
