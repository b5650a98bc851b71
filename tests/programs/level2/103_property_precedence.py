# Data descriptors (properties) win over instance attributes; plain class attributes do not.
class Config:
    mode = "class default"

    def __init__(self):
        self.mode = "instance value"
        self._level = 1

    @property
    def level(self):
        return self._level * 10

    @level.setter
    def level(self, value):
        self._level = value


cfg = Config()
print("mode:", cfg.mode, "| class:", Config.mode)
del cfg.mode
print("mode after del:", cfg.mode)
print("level:", cfg.level)
cfg.level = 4
print("level:", cfg.level, "stored:", cfg._level)
print("dict keys:", sorted(cfg.__dict__))

# A property added to the class later takes over attribute access.
class Box:
    pass


box = Box()
box.size = 3
print("size before:", box.size)
Box.size = property(lambda self: 99)
print("size after:", box.size)
other = Box()
print("other:", other.size)

# Methods shadowed by instance attributes, but properties are not.
class Gadget:
    def name(self):
        return "method"

    @property
    def kind(self):
        return "property"


g = Gadget()
g.name = lambda: "instance function"
print(g.name(), g.kind)


class Widget(Gadget):
    @property
    def name(self):
        return "widget property"


w = Widget()
print(w.name, w.kind, Gadget().name())
