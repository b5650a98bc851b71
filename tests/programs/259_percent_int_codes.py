# '%' formatting of ints: d i x X o with flags - + space # 0, widths and precisions.
values = [0, 1, -1, 7, -7, 42, 255, -255, 4096, 65535, -65536, 123456789, -9223372036854775807]
for v in values:
    print("%d|%i|%x|%X|%o" % (v, v, v, v, v))
for v in [0, 5, -5, 255]:
    print("[%6d][%-6d][%06d][%+d][% d][%+6d][%-+6d][% 06d][%+06d]" % (v, v, v, v, v, v, v, v, v))
    print("[%#x][%#X][%#o][%#6x][%#06x][%-#6o][%+#x][% #o][%#.3x]" % (v, v, v, v, v, v, v, v, v))
    print("[%.0d][%.3d][%6.3d][%-6.3d][%06.3d][%.5x][%8.5o][%+.2d]" % (v, v, v, v, v, v, v, v))
print("%d %d %d %d" % (True, False, 3.99, -3.99), "%x %o" % (True, 9), "%i" % -0.5)
print("%5d%5d%5d" % (1, 22, 333), "%-5d%-5d%-5d|" % (1, 22, 333), "%03d:%02d" % (7, 5))
print("%0-5d|%-05d|%+ d|% +d|%  d|%++d" % (3, 3, 3, 3, 3, 3))
print("%d" % 9223372036854775807, "%x" % 9223372036854775807, "%o" % -9223372036854775807)
print("%#X" % 3054, "%#o" % 0, "%#x" % 0, "%#5o|%-#5x|" % (8, 10), "%020d" % -12345)
print("%ld %lx %hi" % (10, 255, -3), "%5.1d" % 0, "%.0x|%.0o|%#.0o|%#.0x" % (0, 0, 0, 0))
# a hex dump of some bytes
data = [72, 101, 108, 108, 111, 44, 32, 87, 111, 114, 108, 100, 33, 0, 255, 10]
for off in range(0, len(data), 8):
    chunk = data[off:off + 8]
    hexes = ""
    text = ""
    for b in chunk:
        hexes += "%02x " % b
        if 32 <= b < 127:
            text += "%c" % b
        else:
            text += "."
    print("%04x: %s %s" % (off, hexes, text))
# octal permissions and binary-like columns
for mode in [0, 420, 493, 511, 292]:
    print("%o %#o %04o %5d" % (mode, mode, mode, mode))
for n in range(0, 17, 4):
    print("%3d %3x %3o %#5x %-4d|" % (n, n, n, n, n))
