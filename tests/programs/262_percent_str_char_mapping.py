# '%' formatting with s r c %, widths and precisions, single values and tuples, %(name)s mappings.
print("%s|%r|%s|%r" % ("text", "text", 42, 42), "%s %s %s" % (None, True, 1.5), "%r %r" % (None, [1, "a"]))
print("[%10s][%-10s][%.2s][%10.2s][%-10.2s][%.0s][%.10s]" % ("hello", "hello", "hello", "hello", "hello", "hello", "hello"))
print("[%8r][%-8r][%.3r][%5.4r]" % ("ab", "ab", "abcdef", "abcdef"))
print("%s" % "single", "%s" % 5, "%s" % (5,), "%s" % [5], "%s" % ((1, 2),), "%r" % ((1, 2),), "%s" % {"a": 1})
print("%s" % "it's", "%r" % "it's", "%r" % 'say "hi"', "%r" % "both ' and \"", "%r" % "tab\there\n")
print("%s and %s" % ("a", "b"), "(%s)" % "", "%s%s%s" % ("x", "", "y"), "%s" % "")
print("%c%c%c%c" % (80, 121, 116, 104), "%c" % "o", "%c%c" % ("n", 33), "[%3c][%-3c]" % ("a", 98), "%c" % 955)
print("%c" % 0 == "\x00", "%c" % 10 == "\n", "%c" % 8364, "%5.1c|" % "z")
print("%%", "%d%%" % 99, "%s%%%s" % ("a", "b"), "%%s" % (), "%%%%" % ())
print("100%% sure" % (), "%%(x)s" % (), "%%%s%%" % "pct")
person = {"name": "Ada", "age": 36, "lang": "Python", "score": 97.256}
print("%(name)s is %(age)d and likes %(lang)s" % person)
print("%(name)-6s|%(age)5d|%(score).1f|%(score)10.3e|%(name)r|%(age)x" % person)
print("%(lang)s %(lang)s %(lang).2s" % person, "%(missing_is_fine_if_unused)s" % {"missing_is_fine_if_unused": 0})
print("%(a)s+%(b)s=%(c)s" % {"a": 1, "b": 2, "c": 3, "d": 4}, "%(k)s" % {"k": (1, 2)}, "%(k)s" % {"k": None})
print("%(x)s%%" % {"x": 1}, "no fields" % {"a": 1}, "%(1)s %(two words)s" % {"1": "one", "two words": 2})
# aligned table with %s and %r
rows = [["id", "name", "note"], [1, "Ann", "ok"], [22, "Bartholomew", None], [333, "", "it's"]]
for r in rows:
    print("%-4s|%-12.10s|%r" % (r[0], r[1], r[2]))
# building format strings at run time
for width in [3, 6, 9]:
    fmt = "%" + str(width) + "s|%-" + str(width) + "s|"
    print(fmt % ("ab", "cd"), repr(fmt))
# repr of containers holding strings
print("%s" % [["a", 1], ("b",)], "%r" % {"k": "v"}, "%s" % [1.0, -0.0, 1e100])
print("%s" % "日本語", "%-6s|" % "日本", "%.1s" % "日本", "%r" % "é\u00e9", "%c" % "日")
