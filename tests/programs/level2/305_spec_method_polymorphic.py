# Polymorphic method sites: several classes (shared base methods and overrides) at one call
# site, with methods replaced on one class, shadowed by one instance, and classes changed.
class Task:
    def __init__(self, name):
        self.name = name
        self.runs = 0

    def ready(self):
        return self.runs < 1000

    def step(self):
        self.runs += 1
        return 1


class Idle(Task):
    def __init__(self, name):
        Task.__init__(self, name)
        self.seed = 7

    def step(self):
        self.runs += 1
        return 2


class Worker(Task):
    def __init__(self, name):
        Task.__init__(self, name)
        self.letter = 0
        self.dest = None

    def step(self):
        self.runs += 1
        self.letter += 1
        return 3


class Device(Task):
    pass


tasks = [Task("t"), Idle("i"), Worker("w"), Device("d"), Worker("w2")]
log = []
for i in range(400):
    t = tasks[i % len(tasks)]
    if t.ready():
        log.append(t.step())
    if i == 150:
        Worker.step = lambda self: 30
    if i == 200:
        tasks[1].step = lambda: 200
    if i == 250:
        del Worker.step
    if i == 300:
        Task.ready = lambda self: self.name != "d"
    if i == 350:
        del tasks[1].step
print(len(log), sum(log), log[:5], log[150:156], log[200:206], log[-5:])
print([t.runs for t in tasks], tasks[2].letter)
