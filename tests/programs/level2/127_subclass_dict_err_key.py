# A dict subclass without __missing__ raises KeyError for an absent key like dict does.
class Registry(dict):
    def register(self, name, value):
        self[name] = value
        return len(self)


r = Registry()
print(r.register("alpha", 1), r.register("beta", 2))
print(r["alpha"], r.get("gamma", "none"), sorted(r))
print(r["gamma"])
print("not reached")
