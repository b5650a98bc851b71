# A %(key) missing from the mapping is a KeyError.
person = {"name": "Ann", "city": "Oslo"}
print("%(name)s lives in %(city)s" % person)
print("%(name)s is %(age)d" % person)
