import string

f = string.Formatter()
print(f.format("{0}-{1!r}-{x:>6}-{y[1]}-{z.real}", 1, "s", x="ab", y=[7, 8], z=3))
print(f.format("{}{}{}", 1, 2, 3), f.format("{:{}}|", "a", 5), f.format("{0:{1}.{2}f}", 3.14159, 8, 2))
print(f.format("{{}} {{{0}}}", 9), f.format("{!a}", "é"), f.format("{0!s:>4}", 1))
print(f.vformat("{a}{0}", (1,), {"a": 2}))
for s in ["a{{b", "a}}b", "a{0!r:>{w}}b", "{!r}", "x{}y{{}}", "{a[:]}x", "{0!}}", "{0!:}",
          "{a]}", "{a[}]}", "{:{:{}}}", "", "plain", "{0.x[1]}"]:
    print(repr(s), list(f.parse(s)))
for s in ["{", "}", "{0!}", "{0!rx}", "{a[}", "{0:{", "{a{b}", "{0!r", "{0", "{0:",
          "{!}", "{0!rr}", "{0}}", "{0:{}}}", "{ab}c}", "{0!", "{!", "{0[x}"]:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)


class O:
    a = [10, {"k": "v"}]


for s in ["{0.a[1][k]}", "{0.a[0]}", "{0[", "{0[]}", "{0.}", "{0[0]x}", "{0..b}",
          "{0.nope}", "{1}", "{k}", "{0} {}", "{} {0}", "{0!z}", "{0:{1:{2}}}"]:
    try:
        print(repr(s), repr(f.format(s, O(), 5)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

print(f.get_field("0.a[1][k]", (O(),), {}))
print(f.get_field("key", (), {"key": 3}))
print(f.convert_field(1, None), f.convert_field("x", "r"), f.convert_field("é", "a"))
try:
    f.convert_field(1, "q")
except ValueError as e:
    print(e)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        print("used", sorted(map(str, used_args)), "unused", sorted(unused))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s>" % key
        return super().get_value(key, args, kwargs)

    def format_field(self, value, format_spec):
        return "[" + super().format_field(value, format_spec) + "]"

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


print(Strict().format("{a} {b!u} {0}", 1, a="x", c=3))
print(Strict().format("{missing:>5}"))
