# raytrace: a small recursive ray tracer. Three spheres stand on a checkered floor under a
# point light; each primary ray finds the nearest surface, which is lit by Lambert diffuse
# and Blinn-Phong specular terms (with a shadow ray) and mirrors part of what it sees by
# tracing a reflected ray, up to a fixed depth. A 3-D vector class with operator overloading
# and methods, shapes sharing a base class, many short-lived objects, `math.sqrt`/`floor`.
#
# Usage: raytrace.py [--size N] [--loops K]   (the protocol is in README.md; the image is
# N x N pixels)

import math
import sys
import time

DEFAULT_SIZE = 180

# Reflected rays traced from a primary ray before giving up (the primary ray is depth 0).
MAX_DEPTH = 3

# How far along a ray a hit must be to count: keeps a ray that leaves a surface from hitting
# that same surface again through rounding.
EPSILON = 1e-9

# Image checksums CPython 3.11 computes with this program, by size. Every pixel is a fixed
# sequence of IEEE-754 operations (and correctly rounded square roots), so every correct
# engine computes the same bytes.
KNOWN_CHECKSUMS = {DEFAULT_SIZE: 405581744, 12: 1323274046}


class Vector:
    """A point, direction or colour (r, g, b as x, y, z) in three dimensions."""

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(
            self.y * other.z - self.z * other.y,
            self.z * other.x - self.x * other.z,
            self.x * other.y - self.y * other.x,
        )

    def length(self):
        return math.sqrt(self.dot(self))

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def normalized(self):
        return self.scale(1.0 / self.length())

    def tint(self, other):
        """Componentwise product (a colour filtered by another)."""
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def reflected(self, normal):
        """This direction mirrored in the plane with unit normal `normal`."""
        return self - normal * (2.0 * self.dot(normal))


class Ray:
    """A half-line: origin plus t times a unit direction, t > 0."""

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Finish:
    """How a surface responds to light."""

    def __init__(self, diffuse, specular, shininess_squarings, mirror):
        self.diffuse = diffuse
        self.specular = specular
        # The specular exponent is 2 ** shininess_squarings, applied by repeated squaring.
        self.squarings = shininess_squarings
        self.mirror = mirror


class Shape:
    """Something a ray can hit. Subclasses give `intersect` and `normal_at`."""

    def __init__(self, colour, finish):
        self.colour = colour
        self.finish = finish

    def intersect(self, ray):
        """The smallest t > EPSILON where the ray meets the shape, or None (the base shape is
        empty)."""
        return None

    def normal_at(self, point):
        """The unit normal at a point of the surface (None for a shape without one)."""
        return None

    def colour_at(self, point):
        return self.colour


class Sphere(Shape):
    def __init__(self, centre, radius, colour, finish):
        Shape.__init__(self, colour, finish)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        # |o + t d - c|^2 = r^2 with |d| = 1:  t^2 + 2 b t + c = 0.
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane(Shape):
    """An infinite plane through `point` with unit normal `normal`."""

    def __init__(self, point, normal, colour, finish):
        Shape.__init__(self, colour, finish)
        self.point = point
        self.normal = normal

    def intersect(self, ray):
        facing = ray.direction.dot(self.normal)
        if -EPSILON < facing < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / facing
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Checkered(Plane):
    """A horizontal plane tiled in unit squares of two colours."""

    def __init__(self, height, colour, other, finish):
        Plane.__init__(self, Vector(0.0, height, 0.0), Vector(0.0, 1.0, 0.0), colour, finish)
        self.other = other

    def colour_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.colour
        return self.other


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self, shapes, light, ambient):
        self.shapes = shapes
        self.light = light
        self.ambient = ambient

    def nearest(self, ray):
        """(t, shape) of the first surface along the ray, or (None, None)."""
        best_t = None
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = shape
        return best_t, best

    def blocked(self, ray, distance):
        """Whether some surface lies on the ray closer than `distance`."""
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def sky(self, direction):
        """The background: a vertical gradient from pale at the horizon to deep blue above."""
        up = direction.y
        if up < 0.0:
            up = 0.0
        return Vector(0.75 - 0.5 * up, 0.85 - 0.45 * up, 1.0 - 0.2 * up)

    def trace(self, ray, depth):
        """The colour seen along a ray (channels may exceed 1 before clamping)."""
        t, shape = self.nearest(ray)
        if shape is None:
            return self.sky(ray.direction)
        point = ray.at(t)
        normal = shape.normal_at(point)
        view = -ray.direction
        if normal.dot(view) < 0.0:
            normal = -normal
        base = shape.colour_at(point)
        finish = shape.finish
        colour = base.tint(self.ambient)
        to_light = self.light.position - point
        distance = to_light.length()
        to_light = to_light.scale(1.0 / distance)
        lambert = normal.dot(to_light)
        if lambert > 0.0 and not self.blocked(Ray(point, to_light), distance):
            colour = colour + base.tint(self.light.colour) * (finish.diffuse * lambert)
            half = (to_light + view).normalized()
            shine = normal.dot(half)
            if shine > 0.0:
                for _ in range(finish.squarings):
                    shine = shine * shine
                colour = colour + self.light.colour * (finish.specular * shine)
        if finish.mirror > 0.0 and depth < MAX_DEPTH:
            bounce = Ray(point, ray.direction.reflected(normal))
            colour = colour + self.trace(bounce, depth + 1) * finish.mirror
        return colour


class Camera:
    """A pinhole camera at `eye` looking at `target`, with a square field of view."""

    def __init__(self, eye, target, half_width):
        self.eye = eye
        forward = (target - eye).normalized()
        right = forward.cross(Vector(0.0, 1.0, 0.0)).normalized()
        up = right.cross(forward)
        self.forward = forward
        self.right = right.scale(half_width)
        self.up = up.scale(half_width)

    def ray(self, u, v):
        """The ray through screen position (u, v), both in [-1, 1], v up."""
        direction = self.forward + self.right * u + self.up * v
        return Ray(self.eye, direction.normalized())


def make_scene():
    glossy = Finish(0.7, 0.5, 5, 0.3)
    matt = Finish(0.9, 0.1, 2, 0.0)
    mirror = Finish(0.2, 0.8, 7, 0.7)
    floor = Finish(0.8, 0.2, 3, 0.15)
    shapes = [
        Sphere(Vector(0.0, 1.0, 0.0), 1.0, Vector(0.9, 0.2, 0.15), glossy),
        Sphere(Vector(-2.1, 0.7, 1.2), 0.7, Vector(0.2, 0.8, 0.3), matt),
        Sphere(Vector(1.6, 0.55, 1.7), 0.55, Vector(0.85, 0.85, 0.9), mirror),
        Checkered(0.0, Vector(0.95, 0.95, 0.9), Vector(0.1, 0.12, 0.3), floor),
    ]
    light = Light(Vector(-4.0, 6.0, 5.0), Vector(1.0, 0.95, 0.9))
    return Scene(shapes, light, Vector(0.12, 0.12, 0.15))


def to_byte(value):
    """A colour channel clamped to [0, 1] and rounded to 0..255."""
    if value <= 0.0:
        return 0
    if value >= 1.0:
        return 255
    return int(value * 255.0 + 0.5)


def render(n):
    """The image as n rows (top first) of n (r, g, b) tuples."""
    scene = make_scene()
    camera = Camera(Vector(0.5, 2.2, 6.5), Vector(0.0, 0.8, 0.0), 0.5)
    image = []
    for j in range(n):
        v = 1.0 - (2.0 * j + 1.0) / n
        row = []
        for i in range(n):
            u = (2.0 * i + 1.0) / n - 1.0
            c = scene.trace(camera.ray(u, v), 0)
            row.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
        image.append(row)
    return image


def checksum(image):
    """A 32-bit hash of the pixels in row-major order."""
    h = 0
    for row in image:
        for r, g, b in row:
            h = (h * 1000003 + (r << 16 | g << 8 | b)) & 0xFFFFFFFF
    return h


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


def check(n, image):
    if len(image) != n:
        fail("%d rows, expected %d" % (len(image), n))
    colours = {}
    for row in image:
        if len(row) != n:
            fail("a row of %d pixels, expected %d" % (len(row), n))
        for pixel in row:
            if len(pixel) != 3:
                fail("pixel %r is not (r, g, b)" % (pixel,))
            for channel in pixel:
                if not isinstance(channel, int) or channel < 0 or channel > 255:
                    fail("channel %r of pixel %r is not in 0..255" % (channel, pixel))
            colours[pixel] = True
    # Spheres, floor and sky: any image of a few pixels shows more than one colour.
    if n >= 4 and len(colours) < 2:
        fail("the image is a single colour")
    total = checksum(image)
    if n in KNOWN_CHECKSUMS and total != KNOWN_CHECKSUMS[n]:
        fail("checksum %d, expected %d" % (total, KNOWN_CHECKSUMS[n]))
    return total, len(colours)


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
    summary = None
    for _ in range(loops):
        start = time.perf_counter()
        image = render(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        summary = check(size, image)
    print("ok %dx%d image, checksum %d, %d colours" % (size, size, summary[0], summary[1]))


if __name__ == "__main__":
    main()
