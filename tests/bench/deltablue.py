# deltablue: the DeltaBlue incremental constraint solver (Freeman-Benson and Maloney). A planner
# keeps a hierarchy of constraints of different strengths satisfied as constraints come and
# go, then extracts a plan (the satisfied constraints in dependency order) and runs it. The
# classic chain test (a long chain of equalities, edited at one end) and projection test
# (many scale-and-offset constraints sharing two variables) run at size N. Classes with
# inheritance and overridden methods, many small method calls, lists used as queues.
#
# Usage: deltablue.py [--size N] [--loops K]   (the protocol is in README.md)

import sys
import time

DEFAULT_SIZE = 16000

# How often the chain test and each projection edit re-run their plan.
CHAIN_EDITS = 100
PROJECTION_REPEATS = 10


class Strength:
    """How much a constraint matters; a smaller level is stronger. REQUIRED constraints must be
    satisfied; the others are satisfied when nothing stronger stands in their way."""

    def __init__(self, level, name):
        self.level = level
        self.name = name

    def stronger_than(self, other):
        return self.level < other.level

    def weaker_than(self, other):
        return self.level > other.level

    def weakest_with(self, other):
        if self.weaker_than(other):
            return self
        return other

    def next_weaker(self):
        return STRENGTHS[self.level + 1]


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST]

# Which way a binary constraint currently computes.
NONE = 0
FORWARD = 1
BACKWARD = 2


class Variable:
    """A value plus the solver's bookkeeping: the constraints on it, the one that currently
    computes it, the strength of that walk, and whether it is constant during a plan."""

    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    """The behaviour every constraint shares; subclasses say how to pick a method (a
    direction), which variable is the output, and how to compute it."""

    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        """Hooks the constraint into the graph and lets the planner satisfy it."""
        self.add_to_graph()
        self.planner.incremental_add(self)

    def uninstall(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        """True for constraints whose output an outside agent sets (edits)."""
        return False

    def satisfy(self, mark):
        """Tries to satisfy the constraint by picking a method. Returns the constraint that
        used to compute the chosen output (now overridden), or None."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                fail("a required constraint could not be satisfied")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            fail("the constraint graph has a cycle")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    """A constraint on one variable, which is always its output."""

    def __init__(self, planner, variable, strength):
        Constraint.__init__(self, planner, strength)
        self.target = variable
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.target.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.target.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        target = self.target
        self.satisfied = target.mark != mark and self.strength.stronger_than(target.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_unsatisfied(self):
        self.satisfied = False

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.target

    def recalculate(self):
        target = self.target
        target.walk_strength = self.strength
        target.stay = not self.is_input()
        if target.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Asks that a variable keep its value: a planner treats it as a constant."""


class EditConstraint(UnaryConstraint):
    """Marks a variable that the outside world changes between plan runs."""

    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    """A constraint between two variables that can compute either from the other."""

    def __init__(self, planner, first, second, strength):
        Constraint.__init__(self, planner, strength)
        self.first = first
        self.second = second
        self.direction = NONE

    def add_to_graph(self):
        self.first.attach(self)
        self.second.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.first.detach(self)
        self.second.detach(self)
        self.direction = NONE

    def choose_method(self, mark):
        """Picks the direction whose output is weakest and not yet fixed in this pass."""
        first = self.first
        second = self.second
        strength = self.strength
        if first.mark == mark:
            if second.mark != mark and strength.stronger_than(second.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
        elif second.mark == mark:
            if strength.stronger_than(first.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif first.walk_strength.weaker_than(second.walk_strength):
            if strength.stronger_than(first.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif strength.stronger_than(second.walk_strength):
            self.direction = FORWARD
        else:
            self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_unsatisfied(self):
        self.direction = NONE

    def input(self):
        if self.direction == FORWARD:
            return self.first
        return self.second

    def output(self):
        if self.direction == FORWARD:
            return self.second
        return self.first

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_with(source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    """first == second."""

    def __init__(self, planner, first, second, strength):
        BinaryConstraint.__init__(self, planner, first, second, strength)
        self.install()

    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """second == first * scale + offset, where scale and offset are variables too (read
    only: they are inputs whichever way the constraint computes)."""

    def __init__(self, planner, source, scale, offset, dest, strength):
        BinaryConstraint.__init__(self, planner, source, dest, strength)
        self.scale = scale
        self.offset = offset
        self.install()

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.second.value = self.first.value * self.scale.value + self.offset.value
        else:
            self.first.value = (self.second.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_with(source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    """Satisfied constraints in an order where each one's inputs are computed before it."""

    def __init__(self):
        self.steps = []

    def add(self, constraint):
        self.steps.append(constraint)

    def size(self):
        return len(self.steps)

    def execute(self):
        for step in self.steps:
            step.execute()


class Planner:
    """Keeps the constraint graph solved as constraints are added and removed. A fresh mark
    number tags the variables one pass has visited."""

    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        """Satisfies `constraint`, then re-satisfies whatever that overrode, until the chain of
        overridden constraints ends (only weaker ones can be overridden, so it does)."""
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        """Takes `constraint` out; then the constraints left unsatisfied downstream get a
        chance to be satisfied, strongest first."""
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while strength is not WEAKEST:
            for candidate in unsatisfied:
                if candidate.strength is strength:
                    self.incremental_add(candidate)
            strength = strength.next_weaker()

    def add_propagate(self, constraint, mark):
        """Recomputes walk strengths and constant-ness downstream of `constraint`'s output.
        Meeting a variable already marked in this pass means a cycle: the constraint is taken
        out again and False returned."""
        queue = [constraint]
        head = 0
        while head < len(queue):
            current = queue[head]
            head += 1
            out = current.output()
            if out.mark == mark:
                self.incremental_remove(constraint)
                return False
            current.recalculate()
            self.add_consumers(out, queue)
        return True

    def remove_propagate_from(self, out):
        """`out` lost its determining constraint: downstream variables are recomputed as if
        weakest. Returns the unsatisfied constraints met on the way."""
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        pending = [out]
        while pending:
            variable = pending.pop()
            for c in variable.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = variable.determined_by
            for c in variable.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    pending.append(c.output())
        return unsatisfied

    def add_consumers(self, variable, into):
        """Appends the satisfied constraints that read `variable`."""
        determining = variable.determined_by
        for c in variable.constraints:
            if c is not determining and c.is_satisfied():
                into.append(c)

    def make_plan(self, sources):
        """A plan starting from the `sources` constraints and following what they feed. A
        constraint joins once all its inputs are known (constant or already planned)."""
        mark = self.new_mark()
        plan = Plan()
        queue = list(sources)
        head = 0
        while head < len(queue):
            c = queue[head]
            head += 1
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.add(c)
                out.mark = mark
                self.add_consumers(out, queue)
        return plan

    def plan_for(self, constraints):
        """The plan driven by those of `constraints` that are satisfied inputs (edits)."""
        sources = []
        for c in constraints:
            if c.is_input() and c.is_satisfied():
                sources.append(c)
        return self.make_plan(sources)


def fingerprint(variables, h):
    """Folds into the hash `h` the solver's state of `variables`: walk strength, stay flag,
    whether something determines each one, and its value."""
    for v in variables:
        code = v.walk_strength.level * 4 + v.value
        if v.stay:
            code += 2
        if v.determined_by is not None:
            code += 1
        h = (h * 33 + code) & 0xFFFFFFFF
    return h


def chain_test(n):
    """Variables v0..vn joined by required equalities, the last one asked to stay, then v0
    edited CHAIN_EDITS times. Returns (plan length, vn after each edit, marks used, fingerprint
    of the states with the edit in force and after it)."""
    planner = Planner()
    variables = []
    previous = None
    for i in range(n + 1):
        v = Variable("v%d" % i, 0)
        if previous is not None:
            EqualityConstraint(planner, previous, v, REQUIRED)
        variables.append(v)
        previous = v
    first = variables[0]
    last = variables[n]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_for([edit])
    state = fingerprint(variables, 0)
    seen = []
    for i in range(CHAIN_EDITS):
        first.value = i
        plan.execute()
        seen.append(last.value)
    edit.uninstall()
    state = fingerprint(variables, state)
    return plan.size(), seen, planner.current_mark, state


def set_by_edit(planner, variable, value, record):
    """Edits `variable` to `value` through a plan run PROJECTION_REPEATS times; records the
    plan's length and folds the state with the edit in force into the record's fingerprint."""
    edit = EditConstraint(planner, variable, PREFERRED)
    plan = planner.plan_for([edit])
    record["plan sizes"].append(plan.size())
    record["fingerprint"] = fingerprint(record["variables"], record["fingerprint"])
    for _ in range(PROJECTION_REPEATS):
        variable.value = value
        plan.execute()
    edit.uninstall()


def projection_test(n):
    """n pairs dst_i = src_i * scale + offset sharing scale and offset, each src asked to stay.
    Edits one dst's source, that dst, then scale, then offset, recording what follows."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources = []
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    src = sources[n - 1]
    dst = dests[n - 1]
    record = {"plan sizes": [], "variables": [scale, offset] + sources + dests, "fingerprint": 0}
    set_by_edit(planner, src, 17, record)
    record["dst after src=17"] = dst.value
    set_by_edit(planner, dst, 1050, record)
    record["src after dst=1050"] = src.value
    set_by_edit(planner, scale, 5, record)
    record["dests after scale=5"] = [d.value for d in dests]
    set_by_edit(planner, offset, 2000, record)
    record["dests after offset=2000"] = [d.value for d in dests]
    record["sources"] = [s.value for s in sources]
    record["marks"] = planner.current_mark
    record["fingerprint"] = fingerprint(record["variables"], record["fingerprint"])
    return record


def deltablue(n):
    return chain_test(n), projection_test(n)


# At the default size: (marks used by both tests, fingerprint of the chain's states, that of
# the projection's), as CPython 3.11 computes them.
DEFAULT_SUMMARY = (48014, 1840521499, 1479712514)


def summary(result):
    (chain_plan, seen, chain_marks, chain_state), record = result
    return chain_marks + record["marks"], chain_state, record["fingerprint"]


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


def check(n, result):
    (chain_plan, seen, chain_marks, chain_state), record = result
    # The chain: the plan copies v0 along all n equalities; vn follows every edit.
    if chain_plan != n + 1:
        fail("chain plan has %d steps, expected %d" % (chain_plan, n + 1))
    for i in range(CHAIN_EDITS):
        if seen[i] != i:
            fail("chain: last variable is %r after editing the first to %d" % (seen[i], i))
    # The projection: the stays keep every source but the edited one.
    if record["dst after src=17"] != 17 * 10 + 1000:
        fail("projection: dst is %r after src=17" % record["dst after src=17"])
    if record["src after dst=1050"] != 5:
        fail("projection: src is %r after dst=1050" % record["src after dst=1050"])
    after_scale = record["dests after scale=5"]
    after_offset = record["dests after offset=2000"]
    sources = record["sources"]
    for i in range(n - 1):
        if sources[i] != i:
            fail("projection: src%d moved to %r" % (i, sources[i]))
        if after_scale[i] != i * 5 + 1000:
            fail("projection: dst%d is %r after scale=5" % (i, after_scale[i]))
        if after_offset[i] != i * 5 + 2000:
            fail("projection: dst%d is %r after offset=2000" % (i, after_offset[i]))
    if sources[n - 1] != 5 or after_offset[n - 1] != 5 * 5 + 2000:
        fail("projection: the edited pair ends as %r, %r" % (sources[n - 1], after_offset[n - 1]))
    # Editing one source or destination plans the edit and its one scale constraint; editing
    # scale or offset plans it and all n scale constraints.
    if record["plan sizes"] != [2, 2, n + 1, n + 1]:
        fail("projection plan sizes %r" % (record["plan sizes"],))
    if n == DEFAULT_SIZE and summary(result) != DEFAULT_SUMMARY:
        fail("summary %r, expected %r" % (summary(result), DEFAULT_SUMMARY))


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
    if size < 2:
        sys.exit("deltablue: the size must be at least 2")
    result = None
    for _ in range(loops):
        start = time.perf_counter()
        result = deltablue(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        check(size, result)
    marks, chain_state, projection_state = summary(result)
    print(
        "ok chain and projection of %d, %d marks, states %08x %08x"
        % (size, marks, chain_state, projection_state)
    )


if __name__ == "__main__":
    main()
