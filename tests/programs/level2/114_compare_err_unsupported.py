# Ordering objects whose classes define no ordering methods raises TypeError.
class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

    def __eq__(self, other):
        return self.priority == other.priority

    def __repr__(self):
        return "Task(%s)" % self.name


t1 = Task("write", 2)
t2 = Task("read", 2)
print(t1 == t2, t1 != t2)
print([t1, t2])
print(t1.priority < t2.priority)
print(t1 < t2)
print("not reached")
