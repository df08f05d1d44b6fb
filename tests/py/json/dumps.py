# json.dumps / dump: byte-identical output for every keyword, in both of CPython's encoders
# (one-shot without indent, chunked with indent or through iterencode/dump).
import json
import io
from collections import OrderedDict, namedtuple


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


floats = [0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4, 9.999e-5, 1e-7,
          1.5e300, 2.5, -3.75, 1 / 3, 2 ** 0.5, 5e-324, 1.7976931348623157e308, 100.0, 1e22]
show("floats", lambda: json.dumps(floats))
show("floats indent", lambda: json.dumps(floats[:5], indent=0))
show("ints", lambda: json.dumps([0, -1, 2 ** 63, -2 ** 64, 10 ** 30, True, False, None]))
show("strings", lambda: json.dumps(["", "a\"b\\c", "\n\r\t\b\f\x00\x1f\x7f", "é中𝄞", "/</script>"]))
show("strings no ascii", lambda: json.dumps(["é中𝄞", "\x7f\x1f\u2028"], ensure_ascii=False))
show("top str", lambda: json.dumps("héllo"))
show("top str noascii", lambda: json.dumps("héllo\n", ensure_ascii=False))
show("nan", lambda: json.dumps([float("nan"), float("inf"), -float("inf")]))
show("nan disallowed", lambda: json.dumps([1, float("nan")], allow_nan=False))
show("inf disallowed indent", lambda: json.dumps([float("inf")], allow_nan=False, indent=1))
show("nan key disallowed", lambda: json.dumps({float("nan"): 1}, allow_nan=False))
show("nan key", lambda: json.dumps({float("nan"): 1, float("-inf"): 2}))
show("tuple", lambda: json.dumps((1, (2, 3), [])))
show("empty", lambda: json.dumps([[], {}, (), [[]], {"a": {}}]))
show("empty indent", lambda: json.dumps([[], {}, (), [[]], {"a": {}}], indent=2))
show("keys", lambda: json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "e": 5, -7: 0, 10 ** 20: 1}))
show("bad key", lambda: json.dumps({(1, 2): 3}))
show("bad key indent", lambda: json.dumps({(1, 2): 3}, indent=1))
show("skipkeys", lambda: json.dumps({(1, 2): 3, "a": 1, b"x": 2, "b": 2}, skipkeys=True))
show("skipkeys first", lambda: json.dumps({(1, 2): 3, "a": 1}, skipkeys=True, indent=1))
show("skipkeys all", lambda: json.dumps({(1, 2): 3}, skipkeys=True))
show("sort_keys", lambda: json.dumps({"b": 1, "a": [3, {"z": 1, "y": 2}], "c": None}, sort_keys=True))
show("sort_keys mixed", lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True))
show("sort_keys ints", lambda: json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
for indent in [None, 0, 2, 4, -1, "\t", "--", ""]:
    show("indent %r" % (indent,), lambda: json.dumps({"a": [1, 2, {"b": None}], "c": "d"}, indent=indent))
show("indent float", lambda: json.dumps([1, 2], indent=2.5))
show("separators", lambda: json.dumps({"a": [1, 2]}, separators=(",", ":")))
show("separators indent", lambda: json.dumps({"a": [1, 2]}, separators=(";", "="), indent=1))
show("separators bad", lambda: json.dumps({"a": 1}, separators=(",",)))
show("separators int", lambda: json.dumps({"a": 1}, separators=(1, 2)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


show("default missing", lambda: json.dumps([Point(1, 2)]))
show("default missing indent", lambda: json.dumps({"p": Point(1, 2)}, indent=1))
show("set", lambda: json.dumps({1, 2}))
show("bytes", lambda: json.dumps(b"abc"))
show("default", lambda: json.dumps([Point(1, 2), {"p": Point(3, 4)}], default=lambda o: {"x": o.x, "y": o.y}))
show("default indent", lambda: json.dumps(Point(5, 6), default=vars, indent=1, sort_keys=True))
show("default to list", lambda: json.dumps({"s": {3, 1, 2}}, default=sorted))
show("default raises", lambda: json.dumps([1, Point(0, 0)], default=lambda o: 1 / 0))
show("default returns self", lambda: json.dumps(Point(0, 0), default=lambda o: o))
show("default returns self nocheck", lambda: json.dumps(Point(0, 0), default=lambda o: [o], check_circular=True))

a = [1]
a.append(a)
show("circular list", lambda: json.dumps(a))
show("circular list indent", lambda: json.dumps(a, indent=1))
d = {"k": 1}
d["self"] = d
show("circular dict", lambda: json.dumps(d))
show("shared not circular", lambda: json.dumps([[1], [1]] * 2))
shared = [1, 2]
show("shared same object", lambda: json.dumps([shared, shared, {"a": shared}]))
show("deep nocheck", lambda: type(json.dumps(a, check_circular=False)))


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    def __str__(self):
        return "MyStr!"


class MyDict(dict):
    pass


class ItemsDict(dict):
    def items(self):
        return [("fixed", 1)]


class MyList(list):
    pass


show("subclasses", lambda: json.dumps([MyInt(3), MyFloat(2.5), MyStr("s"), MyDict(a=1), MyList([1, 2])]))
show("subclass keys", lambda: json.dumps({MyInt(3): 1, MyFloat(0.5): 2, MyStr("k"): 3}))
show("subclasses indent", lambda: json.dumps([MyInt(3), MyFloat(2.5), MyDict(a=MyList([1]))], indent=1))
show("items override", lambda: json.dumps(ItemsDict(a=1)))
show("items override indent", lambda: json.dumps(ItemsDict(a=1), indent=1))
show("ordered", lambda: json.dumps(OrderedDict([("z", 1), ("a", 2)])))
P = namedtuple("P", "x y")
show("namedtuple", lambda: json.dumps({"p": P(1, 2)}))
show("bool subclass of int", lambda: json.dumps([True, 1, 1.0]))

# chunks as CPython's Python encoder yields them
enc = json.JSONEncoder()
show("iterencode", lambda: list(enc.iterencode({"a": [1, "x", None, {"b": [2.5, []]}], "c": {}})))
show("iterencode indent", lambda: list(json.JSONEncoder(indent=2).iterencode([1, {"a": 2}, [3, [4]]])))
show("iterencode scalar", lambda: list(enc.iterencode(5)))
show("iterencode str", lambda: list(enc.iterencode("s")))
show("iterencode one shot", lambda: enc.iterencode([1, 2], _one_shot=True))
show("encode", lambda: enc.encode({"a": 1}))
show("encode str", lambda: json.JSONEncoder(ensure_ascii=False).encode("é"))
show("iterencode lazy", lambda: type(enc.iterencode(object())).__name__)

buf = io.StringIO()
json.dump({"a": [1, 2, {"b": "c"}]}, buf, indent=1)
print("dump", repr(buf.getvalue()))


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


r = Recorder()
json.dump([1, {"x": [2, 3]}, "s"], r)
print("dump writes", r.parts)
r = Recorder()
json.dump({"a": 1}, r, sort_keys=True, separators=(",", ":"))
print("dump writes sorted", r.parts)


class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return ["P", o.x, o.y]
        return super().default(o)


show("cls", lambda: json.dumps({"p": Point(1, 2)}, cls=DateEncoder))
show("cls indent", lambda: json.dumps([Point(1, 2)], cls=DateEncoder, indent=1))
show("cls base default", lambda: json.dumps([object()], cls=DateEncoder))


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


class Pieces(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.replace("1", "one")


class Extra(json.JSONEncoder):
    def __init__(self, *, tag, **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return self.tag


show("cls encode", lambda: json.dumps({"a": "b"}, cls=Upper))
show("cls iterencode", lambda: json.dumps([1, 21], cls=Pieces))
show("cls kw", lambda: json.dumps([object()], cls=Extra, tag="T"))
show("positional", lambda: json.dumps([1], True))
show("default attr", lambda: json.JSONEncoder(default=str).default(3))
show("separators attr", lambda: (json.JSONEncoder(indent=2).item_separator, json.JSONEncoder().key_separator))
show("encode_basestring", lambda: json.encoder.encode_basestring("a\"\u00e9\n"))
show("encode_basestring_ascii", lambda: json.encoder.encode_basestring_ascii("a\"\u00e9\n\U0001f600"))
show("encode_basestring bad", lambda: json.encoder.encode_basestring_ascii(5))

nested = []
for i in range(100000):
    nested = [nested]
show("deep", lambda: json.dumps(nested))
show("not deep", lambda: len(json.dumps(eval("[" * 200 + "]" * 200))))
