# nbody: the four outer planets orbiting the Sun, integrated with a symplectic Euler step.
# Float arithmetic on lists, tuple unpacking, nested loops over precomputed pairs.
#
# Usage: nbody.py [--size STEPS] [--loops K]   (the protocol is in README.md)

import math
import sys
import time

DEFAULT_SIZE = 200000

# Units: astronomical units, years, solar masses (so G * M_sun = 4 pi^2).
PI = math.pi
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24

# Positions (AU), velocities (AU/day) and masses (solar masses) of the four giant planets.
PLANETS = [
    # Jupiter
    (
        4.84143144246472090e00,
        -1.16032004402742839e00,
        -1.03622044471123109e-01,
        1.66007664274403694e-03,
        7.69901118419740425e-03,
        -6.90460016972063023e-05,
        9.54791938424326609e-04,
    ),
    # Saturn
    (
        8.34336671824457987e00,
        4.12479856412430479e00,
        -4.03523417114321381e-01,
        -2.76742510726862411e-03,
        4.99852801234917238e-03,
        2.30417297573763929e-05,
        2.85885980666130812e-04,
    ),
    # Uranus
    (
        1.28943695621391310e01,
        -1.51111514016986312e01,
        -2.23307578892655734e-01,
        2.96460137564761618e-03,
        2.37847173959480950e-03,
        -2.96589568540237556e-05,
        4.36624404335156298e-05,
    ),
    # Neptune
    (
        1.53796971148509165e01,
        -2.59193146099879641e01,
        1.79258772950371181e-01,
        2.68067772490389322e-03,
        1.62824170038242295e-03,
        -9.51592254519715870e-05,
        5.15138902046611451e-05,
    ),
]

# Total energy after DEFAULT_SIZE steps, as CPython 3.11 computes it with this program (the
# operations are IEEE-754 and their order is fixed, so every correct engine agrees closely).
# With 1000 steps the program prints the well-known -0.169075164 -> -0.169087605.
DEFAULT_FINAL_ENERGY = -0.16908371256962856


def make_system():
    """The Sun and the planets: a list of [position, velocity, mass] with mutable vectors."""
    bodies = [[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS]]
    for x, y, z, vx, vy, vz, m in PLANETS:
        velocity = [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR]
        bodies.append([[x, y, z], velocity, m * SOLAR_MASS])
    return bodies


def all_pairs(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def offset_momentum(bodies):
    """Gives the Sun the velocity that makes the total momentum zero."""
    px = py = pz = 0.0
    for pos, vel, mass in bodies:
        px += vel[0] * mass
        py += vel[1] * mass
        pz += vel[2] * mass
    sun_vel = bodies[0][1]
    sun_mass = bodies[0][2]
    sun_vel[0] = -px / sun_mass
    sun_vel[1] = -py / sun_mass
    sun_vel[2] = -pz / sun_mass


def momentum(bodies):
    px = py = pz = 0.0
    for pos, vel, mass in bodies:
        px += vel[0] * mass
        py += vel[1] * mass
        pz += vel[2] * mass
    return math.sqrt(px * px + py * py + pz * pz)


def energy(bodies, pairs):
    """Kinetic minus potential energy."""
    total = 0.0
    for pos, vel, mass in bodies:
        total += 0.5 * mass * (vel[0] * vel[0] + vel[1] * vel[1] + vel[2] * vel[2])
    for (p1, v1, m1), (p2, v2, m2) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        total -= m1 * m2 / math.sqrt(dx * dx + dy * dy + dz * dz)
    return total


def advance(bodies, pairs, dt, steps):
    """Moves the system `steps` steps of `dt`: velocities from forces, then positions."""
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            dist2 = dx * dx + dy * dy + dz * dz
            scale = dt / (dist2 * math.sqrt(dist2))
            f2 = m2 * scale
            f1 = m1 * scale
            v1[0] -= dx * f2
            v1[1] -= dy * f2
            v1[2] -= dz * f2
            v2[0] += dx * f1
            v2[1] += dy * f1
            v2[2] += dz * f1
        for pos, vel, mass in bodies:
            pos[0] += dt * vel[0]
            pos[1] += dt * vel[1]
            pos[2] += dt * vel[2]


def simulate(steps):
    """Runs the simulation; returns (initial energy, final energy, final momentum)."""
    bodies = make_system()
    pairs = all_pairs(bodies)
    offset_momentum(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, 0.01, steps)
    return before, energy(bodies, pairs), momentum(bodies)


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


def check(steps, result):
    before, after, drift = result
    if abs(before - -0.16907516382852447) > 1e-15:
        fail("initial energy %r is wrong" % before)
    # The integrator is symplectic: energy wanders (by up to about 3e-4 of itself with this
    # step) but stays within a band.
    if abs(after - before) > 1e-3 * abs(before):
        fail("energy not conserved: %r -> %r" % (before, after))
    if drift > 1e-12:
        fail("total momentum %r should stay zero" % drift)
    if steps == DEFAULT_SIZE and abs(after - DEFAULT_FINAL_ENERGY) > 1e-12:
        fail("final energy %r, expected %r" % (after, DEFAULT_FINAL_ENERGY))


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
    result = None
    for _ in range(loops):
        start = time.perf_counter()
        result = simulate(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        check(size, result)
    print("ok energy %.9f -> %.9f" % (result[0], result[1]))


if __name__ == "__main__":
    main()
