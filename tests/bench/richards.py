# richards: an operating-system task scheduler in the style of Martin Richards' benchmark. Six
# tasks (idle, worker, two handlers, two devices) pass packets through queues under a
# priority scheduler. Classes with inheritance, method calls, attribute reads and writes,
# linked lists.
#
# Usage: richards.py [--size RUNS] [--loops K]   (the protocol is in README.md)

import sys
import time

DEFAULT_SIZE = 12

# How many times the idle task runs in one scheduler run.
IDLE_COUNT = 10000

# What one run must count: packets queued and times a task held itself. These are the figures
# the original benchmark checks for an idle count of 10000.
EXPECTED_QUEUED = 23246
EXPECTED_HELD = 9297

# Task identities (also the indexes of the scheduler's task table).
IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
TASK_COUNT = 6

# Packet kinds.
DEVICE_PACKET = 0
WORK_PACKET = 1

# Data slots in a work packet.
BUFFER_SIZE = 4


class Packet:
    """A message: queued on a task, addressed to (or coming from) another task."""

    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of `queue` (which may be None); returns the queue."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block. Each subclass defines `step(packet)`: run once with the packet
    taken from the queue (or None) and return the task to run next."""

    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        # A task with packets waiting starts out waiting for them; the others simply wait.
        self.has_packet = queue is not None
        self.waiting = True
        self.held = False
        self.next = scheduler.newest
        scheduler.add(self)

    def runnable(self):
        return not self.held and (self.has_packet or not self.waiting)

    def take_packet(self):
        """Removes the first queued packet (only when the task waits for one)."""
        if not (self.waiting and self.has_packet):
            return None
        packet = self.queue
        self.queue = packet.link
        self.has_packet = self.queue is not None
        self.waiting = False
        return packet

    def receive(self, packet, sender):
        """Queues `packet`; returns the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.has_packet = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender


class IdleTask(Task):
    """Wakes the devices in a pseudo-random order, a fixed number of times, then stops."""

    def __init__(self, scheduler, count):
        Task.__init__(self, scheduler, IDLE, 0, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def step(self, packet):
        sched = self.scheduler
        self.count -= 1
        if self.count == 0:
            return sched.hold_self()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return sched.release(DEVICE_B)


class WorkerTask(Task):
    """Fills work packets with letters and sends them to the two handlers in turn."""

    def __init__(self, scheduler, queue):
        Task.__init__(self, scheduler, WORKER, 1000, queue)
        # The first packet goes to handler B.
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        sched = self.scheduler
        if packet is None:
            return sched.wait()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.owner = self.destination
        packet.datum = 0
        data = packet.data
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return sched.queue_packet(packet)


class HandlerTask(Task):
    """Copies each work packet's letters, one per device packet, to its device."""

    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        sched = self.scheduler
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            position = work.datum
            if position >= BUFFER_SIZE:
                # Every letter has gone out: the work packet goes back to the worker.
                self.work = work.link
                return sched.queue_packet(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[position]
                work.datum = position + 1
                return sched.queue_packet(device)
        return sched.wait()


class DeviceTask(Task):
    """Holds one packet at a time and hands it back on the next wake-up."""

    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None)
        self.pending = None

    def step(self, packet):
        sched = self.scheduler
        if packet is None:
            pending = self.pending
            if pending is None:
                return sched.wait()
            self.pending = None
            return sched.queue_packet(pending)
        self.pending = packet
        sched.letters_out += packet.datum
        return sched.hold_self()


class Scheduler:
    """Runs the highest-priority runnable task until none is left."""

    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.newest = None
        self.current = None
        self.queued = 0
        self.held = 0
        self.letters_out = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.newest = task

    def run(self):
        # Tasks were created from the lowest priority up, so the list from the newest task
        # is in decreasing priority.
        task = self.newest
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.step(task.take_packet())
            else:
                task = task.next

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.held += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, packet):
        """Sends `packet` to the task it names; it then names the sender."""
        target = self.tasks[packet.owner]
        self.queued += 1
        packet.link = None
        packet.owner = self.current.ident
        return target.receive(packet, self.current)


def run_once(count):
    """One scheduler run; returns (packets queued, holds, sum of letters the devices got)."""
    sched = Scheduler()
    IdleTask(sched, count)
    work = Packet(None, WORKER, WORK_PACKET)
    work = Packet(work, WORKER, WORK_PACKET)
    WorkerTask(sched, work)
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_A, DEVICE_PACKET)
    HandlerTask(sched, HANDLER_A, 2000, queue)
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_B, DEVICE_PACKET)
    HandlerTask(sched, HANDLER_B, 3000, queue)
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.run()
    return sched.queued, sched.held, sched.letters_out


def richards(runs):
    results = []
    for _ in range(runs):
        results.append(run_once(IDLE_COUNT))
    return results


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


def check(runs, results):
    if len(results) != runs:
        fail("%d results for %d runs" % (len(results), runs))
    for queued, held, letters in results:
        if queued != EXPECTED_QUEUED or held != EXPECTED_HELD:
            fail(
                "queued %d packets and held %d times; expected %d and %d"
                % (queued, held, EXPECTED_QUEUED, EXPECTED_HELD)
            )
        if letters != results[0][2]:
            fail("runs disagree: %d letters, then %d" % (results[0][2], letters))


def read_options(default_size):
    """`--size N` and `--loops K` from the command line."""
    size = default_size
    loops = 1
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        if args[i] == "--size" and i + 1 < len(args):
            size = int(args[i + 1])
        elif args[i] == "--loops" and i + 1 < len(args):
            loops = int(args[i + 1])
        else:
            sys.exit("usage: %s [--size N] [--loops K]" % sys.argv[0])
        i += 2
    return size, loops


def main():
    size, loops = read_options(DEFAULT_SIZE)
    results = []
    for _ in range(loops):
        start = time.perf_counter()
        results = richards(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        check(size, results)
    print("ok %d runs, %d packets queued, %d holds" % (size, EXPECTED_QUEUED, EXPECTED_HELD))


if __name__ == "__main__":
    main()
