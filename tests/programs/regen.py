#!/usr/bin/env python3
"""Regenerates, or checks, the expected outputs of Tracery's program corpus from CPython 3.11.

Usage:
    python3 regen.py [--check] [--jobs N] [--names] [FILTER ...]

Every program `NNN_name.py` in this directory and in `level2/` is run by the CPython running
this script, with the program's directory as the working directory and its file name as the
only argument. Without `--check`, the script writes `NAME.out` (exact stdout) and, when the exit
status is non-zero or stderr is not empty, `NAME.err` (`# exit N` and the normalized stderr);
programs with a hand-written `NAME.expect` are verified, never written. With `--check` nothing
is written: the script lists every program whose stored expectation differs from what CPython
produces now and exits 1. FILTER arguments keep only the programs whose name contains one of
them. `--names` prints the program names (e.g. to seed KNOWN_FAILING) and exits.

Besides the plain run, every program also runs once more under an instrumented copy that checks
each int an expression produces against the signed 64-bit range Tracery's ints have (with a
different hash seed, so output that depends on string hashing shows up as a difference):

* a program without `.expect` must stay inside i64 and print the same stdout as the plain run;
* a program with `.expect` must leave i64, and what the instrumented run prints up to that point
  plus a traceback ending in `OverflowError: integer overflow` must equal its `.expect`.

Top-level programs (not those in `level2/`) are also checked to use language level 1 only.

Exit status: 0 when everything matches, 1 when a problem was found, 3 when this is not CPython
3.11 (the version the expectations are pinned to).
"""

import argparse
import ast
import builtins
import concurrent.futures
import copy
import difflib
import os
import re
import subprocess
import sys
import sysconfig
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Directories holding programs, relative to HERE; a program's name is its path without `.py`.
PROGRAM_DIRS = ["", "level2"]
PROGRAM_NAME = re.compile(r"^[0-9]{3}_[A-Za-z0-9_]+\.py$")
PINNED_VERSION = (3, 11)
# Seconds one program may run under CPython (the instrumented run is several times slower).
TIMEOUT = 120
# Hash seeds of the plain and the instrumented run: different, so hash-dependent output shows.
PLAIN_HASH_SEED = "0"
I64_HASH_SEED = "12345"
# Exit status of the instrumented run when an int left the signed 64-bit range.
I64_EXIT = 86
I64_MIN = -(1 << 63)
I64_MAX = (1 << 63) - 1
I64_CHECK_NAME = "_tracery_i64_check"
I64_MESSAGE = "OverflowError: integer overflow"
EXPECT_SEPARATOR = re.compile(r"^--- stderr \(exit (-?[0-9]+)\)\n?$")
ERR_HEADER = re.compile(r"^# exit (-?[0-9]+)\n?$")

# --- normalization --------------------------------------------------------------------------

CARET_LINE = re.compile(r"^[ \t]*[\^~][ \t\^~]*$")
FILE_LINE = re.compile(r'^([ \t]*File ")([^"]*)(")')


STDLIB_DIR = os.path.realpath(sysconfig.get_paths()["stdlib"])


def is_stdlib_path(path):
    """Whether a traceback's file path lies in CPython's standard library."""
    return os.path.realpath(path).startswith(STDLIB_DIR + os.sep)


def normalize_stderr(text):
    """Normalizes a traceback so that it does not depend on where the program was run from.

    A line made only of spaces, tabs, `^` and `~` (at least one of the last two) is dropped:
    CPython 3.11's position markers. A frame inside CPython's own standard library (its
    `File` line and the indented source line under it) is dropped: Tracery's modules are
    native, so they add no frames. In a line starting with `File "`, the quoted path becomes
    its last component. Lines are split on `\\n` and each kept line ends with `\\n`.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = []
    in_stdlib_frame = False
    for line in lines:
        if CARET_LINE.match(line):
            continue
        m = FILE_LINE.match(line)
        if m:
            in_stdlib_frame = is_stdlib_path(m.group(2))
        elif in_stdlib_frame and line.startswith("    "):
            continue
        else:
            in_stdlib_frame = False
        if in_stdlib_frame:
            continue
        m = FILE_LINE.match(line)
        if m:
            base = m.group(2).replace("\\", "/").rsplit("/", 1)[-1]
            line = m.group(1) + base + line[m.end(2):]
        out.append(line + "\n")
    return "".join(out)


# --- programs and their expectations --------------------------------------------------------


class Program:
    """One corpus program: its name (`001_x` or `level2/001_x`) and its files."""

    def __init__(self, directory, file_name):
        self.dir = HERE / directory
        self.file_name = file_name
        stem = file_name[: -len(".py")]
        self.name = stem if directory == "" else directory + "/" + stem
        self.level1 = directory == ""
        self.path = self.dir / file_name
        self.out = self.dir / (stem + ".out")
        self.err = self.dir / (stem + ".err")
        self.expect = self.dir / (stem + ".expect")


def discover(filters):
    programs = []
    for directory in PROGRAM_DIRS:
        d = HERE / directory
        if not d.is_dir():
            continue
        for entry in sorted(os.listdir(d)):
            if PROGRAM_NAME.match(entry):
                p = Program(directory, entry)
                if not filters or any(f in p.name for f in filters):
                    programs.append(p)
    return programs


class Outcome:
    """What a program printed: exact stdout bytes, normalized stderr, exit status."""

    def __init__(self, stdout, stderr, status):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status

    def __eq__(self, other):
        if not isinstance(other, Outcome):
            return NotImplemented
        return (self.stdout, self.stderr, self.status) == (other.stdout, other.stderr, other.status)

    def err_file(self):
        """The content of `NAME.err`, or None when no `.err` file is needed."""
        if self.status == 0 and self.stderr == "":
            return None
        return "# exit " + str(self.status) + "\n" + self.stderr


def parse_expect(data):
    """Parses a `.expect` file: stdout, a `--- stderr (exit N)` line, normalized stderr."""
    lines = data.splitlines(keepends=True)
    for i, line in enumerate(lines):
        m = EXPECT_SEPARATOR.match(line.decode("utf-8", "replace"))
        if m:
            stdout = b"".join(lines[:i])
            stderr = b"".join(lines[i + 1:]).decode("utf-8")
            return Outcome(stdout, stderr, int(m.group(1)))
    raise ValueError("no '--- stderr (exit N)' line")


def stored(program):
    """The stored expectation of a program, or None when it has none."""
    if program.expect.exists():
        return parse_expect(program.expect.read_bytes())
    if not program.out.exists():
        return None
    stdout = program.out.read_bytes()
    if not program.err.exists():
        return Outcome(stdout, "", 0)
    err = program.err.read_text(encoding="utf-8")
    first, _, rest = err.partition("\n")
    m = ERR_HEADER.match(first)
    if not m:
        raise ValueError(program.err.name + " does not start with '# exit N'")
    return Outcome(stdout, rest, int(m.group(1)))


# --- running --------------------------------------------------------------------------------


def child_env(hash_seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = hash_seed
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run(argv, program, hash_seed):
    proc = subprocess.run(
        argv,
        cwd=program.dir,
        env=child_env(hash_seed),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    return Outcome(proc.stdout, normalize_stderr(proc.stderr.decode("utf-8", "replace")), proc.returncode)


def run_plain(program):
    return run([sys.executable, program.file_name], program, PLAIN_HASH_SEED)


def run_i64(program):
    return run(
        [sys.executable, str(Path(__file__).resolve()), "--run-i64", program.file_name],
        program,
        I64_HASH_SEED,
    )


# --- the i64 instrumentation (runs in a child process) ---------------------------------------


class I64Overflow(BaseException):
    """An int left the signed 64-bit range (a BaseException so `except Exception` misses it)."""


def i64_check(value):
    kind = type(value)
    if kind is int:
        if value > I64_MAX or value < I64_MIN:
            raise I64Overflow()
    elif kind is tuple:
        for item in value:
            if type(item) is int and (item > I64_MAX or item < I64_MIN):
                raise I64Overflow()
    return value


def check_call(node, location):
    call = ast.Call(func=ast.Name(id=I64_CHECK_NAME, ctx=ast.Load()), args=[node], keywords=[])
    ast.copy_location(call, location)
    ast.copy_location(call.func, location)
    return call


def constant_in_i64(node):
    """Whether `node` is an expression CPython folds into one constant (literals, tuples of them,
    operators on them) whose ints all lie in the signed 64-bit range."""
    allowed = (ast.Constant, ast.Tuple, ast.UnaryOp, ast.BinOp, ast.unaryop, ast.operator,
               ast.expr_context)
    if not all(isinstance(sub, allowed) for sub in ast.walk(node)):
        return False
    try:
        value = eval(compile(ast.fix_missing_locations(ast.Expression(node)), "<const>", "eval"))
        i64_check(value)
    except (Exception, I64Overflow):
        return False
    return True


class I64Instrumenter(ast.NodeTransformer):
    """Wraps every expression that is read in a call to the i64 check, and re-reads the target
    of every augmented assignment through the check.

    A set display of constants is left alone: CPython builds it from a frozenset constant,
    which iterates in another order than a set built at run time from checked items."""

    def visit(self, node):
        if isinstance(node, ast.Set) and all(constant_in_i64(item) for item in node.elts):
            return node
        node = super().visit(node)
        if (
            isinstance(node, ast.expr)
            and not isinstance(node, (ast.Slice, ast.Starred, ast.JoinedStr, ast.FormattedValue))
            and isinstance(getattr(node, "ctx", ast.Load()), ast.Load)
        ):
            return check_call(node, node)
        return node

    def visit_JoinedStr(self, node):
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                value.value = self.visit(value.value)
        return node

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        reread = copy.deepcopy(node.target)
        for sub in ast.walk(reread):
            if hasattr(sub, "ctx"):
                sub.ctx = ast.Load()
        return [node, ast.copy_location(ast.Expr(value=check_call(reread, node)), node)]


def i64_child(file_name):
    """Runs one program with the i64 check, as `--run-i64 FILE` does."""
    source = Path(file_name).read_text(encoding="utf-8")
    tree = ast.parse(source, file_name)
    tree = ast.fix_missing_locations(I64Instrumenter().visit(tree))
    code = compile(tree, file_name, "exec")
    setattr(builtins, I64_CHECK_NAME, i64_check)
    # Room for this runner's own frames, so the program gets the depth it has under CPython.
    sys.setrecursionlimit(sys.getrecursionlimit() + 20)
    namespace = {"__name__": "__main__", "__file__": file_name, "__builtins__": builtins}
    try:
        exec(code, namespace)
    except I64Overflow as exc:
        sys.stdout.flush()
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == file_name]
        text = "Traceback (most recent call last):\n"
        text += "".join(traceback.format_list(frames))
        text += I64_MESSAGE + "\n"
        sys.stderr.write(text)
        sys.stderr.flush()
        sys.exit(I64_EXIT)


# --- the level-1 lint -------------------------------------------------------------------------

LEVEL1_BUILTINS = {
    "print", "len", "range", "abs", "min", "max", "sum", "int", "float", "str", "repr", "bool",
    "list", "tuple", "dict", "enumerate", "zip", "reversed", "sorted", "ord", "chr", "round",
    "divmod", "isinstance", "super",
    # Issue 4 completes level 1 with these.
    "pow", "hash", "id", "type", "callable", "getattr", "setattr", "hasattr", "delattr", "iter",
    "next", "issubclass", "any", "all",
}
# The modules of level 1; importing any other is level 2 or beyond.
LEVEL1_MODULES = {"math", "random", "time"}
LEVEL2_NODES = {
    ast.Try: "try",
    ast.Raise: "raise",
    ast.Assert: "assert",
    ast.With: "with",
    ast.AsyncWith: "async with",
    ast.AsyncFor: "async for",
    ast.AsyncFunctionDef: "async def",
    ast.Await: "await",
    ast.Lambda: "lambda",
    ast.ListComp: "list comprehension",
    ast.SetComp: "set comprehension",
    ast.DictComp: "dict comprehension",
    ast.GeneratorExp: "generator expression",
    ast.Set: "set display",
    ast.Yield: "yield",
    ast.YieldFrom: "yield from",
    ast.JoinedStr: "f-string",
    ast.Nonlocal: "nonlocal",
    ast.NamedExpr: ":=",
    ast.Match: "match",
    ast.Starred: "star unpacking",
}
if hasattr(ast, "TryStar"):
    LEVEL2_NODES[ast.TryStar] = "try/except*"


def lint_level1(program):
    """Lists the constructs beyond language level 1 that a program uses (empty when none)."""
    source = program.path.read_text(encoding="utf-8")
    try:
        tree = ast.parse(source, program.file_name)
    except SyntaxError:
        return []  # the syntax-error programs: nothing to lint
    bound = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        what = LEVEL2_NODES.get(type(node))
        if what is None:
            if isinstance(node, (ast.FunctionDef, ast.Lambda)) and (
                node.args.vararg or node.args.kwarg or node.args.kwonlyargs or node.args.posonlyargs
            ):
                what = "*args, **kwargs, keyword-only or positional-only parameters"
            elif isinstance(node, ast.keyword) and node.arg is None:
                what = "** in a call"
            elif isinstance(node, ast.Dict) and None in node.keys:
                what = "** in a dict display"
            elif isinstance(node, ast.Import) and any(
                alias.name not in LEVEL1_MODULES for alias in node.names
            ):
                what = "import of a module other than " + ", ".join(sorted(LEVEL1_MODULES))
            elif isinstance(node, ast.ImportFrom) and node.module not in LEVEL1_MODULES:
                what = "import of a module other than " + ", ".join(sorted(LEVEL1_MODULES))
            elif isinstance(node, ast.Attribute) and node.attr == "format":
                what = "str.format"
            elif (
                isinstance(node, ast.Name)
                and isinstance(node.ctx, ast.Load)
                and hasattr(builtins, node.id)
                and node.id not in LEVEL1_BUILTINS
                and node.id not in bound
            ):
                what = "builtin " + node.id
        if what is not None:
            finding = "line " + str(line) + ": " + what
            if finding not in found:
                found.append(finding)
    return found


# --- the driver -----------------------------------------------------------------------------


def short_diff(label, expected, actual):
    if isinstance(expected, bytes):
        expected = expected.decode("utf-8", "replace")
        actual = actual.decode("utf-8", "replace")
    lines = list(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            "expected " + label,
            "actual " + label,
            n=1,
        )
    )
    if len(lines) > 24:
        lines = lines[:24] + ["... (" + str(len(lines) - 24) + " more diff lines)\n"]
    return "".join(line if line.endswith("\n") else line + "\n\\ no newline\n" for line in lines)


def describe_mismatch(expected, actual):
    parts = []
    if expected.status != actual.status:
        parts.append("exit status: expected " + str(expected.status) + ", got " + str(actual.status) + "\n")
    if expected.stdout != actual.stdout:
        parts.append(short_diff("stdout", expected.stdout, actual.stdout))
    if expected.stderr != actual.stderr:
        parts.append(short_diff("stderr", expected.stderr, actual.stderr))
    return "".join(parts)


def process(program, check):
    """Runs one program both ways; returns (problems, notes) as lists of strings."""
    problems = []
    notes = []
    try:
        have = stored(program)
    except (ValueError, UnicodeDecodeError) as err:
        return ["cannot read its expectation: " + str(err)], notes
    hand_written = program.expect.exists()
    if hand_written:
        if program.out.exists() or program.err.exists():
            problems.append("has both .expect and .out/.err; delete .out/.err")
        first = program.path.read_text(encoding="utf-8").split("\n", 1)[0]
        if not first.startswith("#"):
            problems.append("has a .expect, so its first line must be a comment saying why")
    try:
        plain = None if hand_written else run_plain(program)
        guarded = run_i64(program)
    except subprocess.TimeoutExpired:
        return ["timed out after " + str(TIMEOUT) + " s"], notes
    if hand_written:
        if have.status == 0 or guarded.status != I64_EXIT:
            problems.append(
                "has a .expect but its ints stay inside i64 under CPython: give it a .out instead"
            )
        else:
            guarded.status = 1
            if guarded != have:
                problems.append(
                    ".expect differs from CPython's output up to the first int outside i64:\n"
                    + describe_mismatch(have, guarded)
                )
        return problems, notes
    if guarded.status == I64_EXIT:
        problems.append(
            "produces an int outside the signed 64-bit range (Tracery raises OverflowError); "
            "keep it inside i64 or give it a hand-written .expect:\n" + guarded.stderr
        )
    elif guarded.stdout != plain.stdout or (guarded.status == 0) != (plain.status == 0):
        problems.append(
            "prints differently on a second run (hash seed " + I64_HASH_SEED + ", instrumented):\n"
            + describe_mismatch(plain, guarded)
        )
    if program.level1:
        for finding in lint_level1(program):
            problems.append("uses more than language level 1: " + finding)
    if check:
        if have is None:
            problems.append("has no expectation: run regen.py")
        elif have != plain:
            problems.append("stored expectation differs from CPython:\n" + describe_mismatch(have, plain))
        return problems, notes
    if have != plain:
        notes.append("updated" if have is not None else "created")
        program.out.write_bytes(plain.stdout)
        err = plain.err_file()
        if err is None:
            if program.err.exists():
                program.err.unlink()
        else:
            program.err.write_bytes(err.encode("utf-8"))
    return problems, notes


def orphans(fix):
    """Expectation files without a program: deleted when `fix` (except `.expect`), else listed."""
    problems = []
    for directory in PROGRAM_DIRS:
        d = HERE / directory
        if not d.is_dir():
            continue
        for entry in sorted(os.listdir(d)):
            stem, dot, ext = entry.rpartition(".")
            if not dot or ext not in ("out", "err", "expect") or not PROGRAM_NAME.match(stem + ".py"):
                continue
            if (d / (stem + ".py")).exists():
                continue
            path = d / entry
            name = (directory + "/" if directory else "") + entry
            if fix and ext != "expect":
                path.unlink()
                print("deleted " + name + " (no program)")
            else:
                problems.append(name + ": no program " + stem + ".py")
    return problems


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="programs run at once")
    parser.add_argument("--names", action="store_true", help="print the program names and exit")
    parser.add_argument("--run-i64", metavar="FILE", help=argparse.SUPPRESS)
    parser.add_argument("filters", nargs="*", metavar="FILTER", help="substring of program names")
    args = parser.parse_args(argv)
    if args.run_i64:
        i64_child(args.run_i64)
        return 0
    programs = discover(args.filters)
    if args.names:
        for p in programs:
            print(p.name)
        return 0
    if sys.version_info[:2] != PINNED_VERSION:
        print(
            "regen.py: this is Python " + sys.version.split()[0] + "; the expectations are pinned to "
            "CPython " + ".".join(map(str, PINNED_VERSION)),
            file=sys.stderr,
        )
        return 3
    if not programs:
        print("regen.py: no program matches " + " ".join(args.filters), file=sys.stderr)
        return 1
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda p: process(p, args.check), programs))
    for program, (problems, notes) in zip(programs, results):
        for note in notes:
            print(note + " " + program.name)
        for problem in problems:
            failures.append(program.name + ": " + problem)
    if not args.filters:
        failures += orphans(fix=not args.check)
    version = "CPython " + sys.version.split()[0]
    if failures:
        for f in failures:
            print(f if f.endswith("\n") else f + "\n", file=sys.stderr, end="")
        print(
            "regen.py: " + str(len(failures)) + " problem(s) in " + str(len(programs))
            + " programs (" + version + ")",
            file=sys.stderr,
        )
        return 1
    verb = "checked" if args.check else "regenerated"
    print("regen.py: " + verb + " " + str(len(programs)) + " programs against " + version)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
