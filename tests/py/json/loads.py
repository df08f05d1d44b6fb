# json.loads / load: values, hooks, and CPython's JSONDecodeError messages and positions.
import json
import io
import pickle
from collections import OrderedDict


def show(label, f):
    try:
        print(label, ascii(f()))
    except json.JSONDecodeError as e:
        print(label, "JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(label, type(e).__name__, e)


docs = ['{"a": [1, 2.5, null, true, false, "x"], "b": {}}', '[]', '{}', '  [1 , 2 ]  ', '"s"', '0', '-0',
        '-0.0', '1e5', '1E+2', '1.5e-3', '-12.75', '123456789012345678901234567890', '1e400', '-1e400',
        '1e-400', 'NaN', 'Infinity', '-Infinity', '[NaN,Infinity,-Infinity]', 'true', 'null',
        '\t\n\r [1]\n', '{"a":1,"a":2}', '{"b":1,"a":2,"b":3}', '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"',
        '"\\ud834\\udd1e"', '"\\uD834\\uDD1E"', '"é中𝄞"', '[1,[2,[3,[4]]]]', '9007199254740993',
        '0.1', '1.7976931348623157e308', '5e-324', '2.2250738585072014e-308', '[-1, -0, 0.5e1]']
for doc in docs:
    show("ok %r" % doc, lambda: json.loads(doc))

bad = ['', ' ', '[', '[1,', '[1', '[1 2]', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,',
       '{"a":1,}', '{"a" 1}', '{1:2}', "{'a':1}", '[1]x', '[1] x', '01', '1.', '1e', '.5', '-',
       '-Inf', '-x', 'tru', 'nul', 'nan', 'inf', '[nul]', '"abc', '"a\\', '"a\nb"', '"\\q"',
       '"\\u12"', '"\\u12', '"\\u12x4"', '"\\ud800\\u12x4"', '"\\u1234', '\t\n[\n1,\n2 x]',
       '{"a": 1 "b": 2}', '[1,\n\n  }', 'é[', '["é", x]', '{"é": 1,\n "ü" 2}', '[1]\n\n\nx',
       '"\x00"', '"\x1f"', '\ufeff[1]', '[1] [2]', '{"a": [}', '[{]']
for doc in bad:
    show("bad %r" % doc, lambda: json.loads(doc))

show("strict off", lambda: json.loads('"a\nb\x00\t"', strict=False))
show("strict off key", lambda: json.loads('{"a\tb": 1}', strict=False))
show("object_hook", lambda: json.loads('{"a": {"b": 1}, "c": [{}]}', object_hook=lambda d: sorted(d.items())))
show("pairs_hook", lambda: json.loads('{"b": 1, "a": {"x": 2}, "b": 3}', object_pairs_hook=lambda p: p))
show("pairs wins", lambda: json.loads('{"a": 1}', object_hook=len, object_pairs_hook=OrderedDict))
show("pairs ordered", lambda: json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
show("parse_float", lambda: json.loads('[1.5, 2, 1e3, -0.0]', parse_float=lambda s: "F" + s))
show("parse_int", lambda: json.loads('[1.5, 2, -30, 0]', parse_int=lambda s: "I" + s))
show("parse_int float", lambda: json.loads('[10, 7]', parse_int=float))
show("parse_constant", lambda: json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: "C" + s))
show("parse_constant raises", lambda: json.loads('[1, NaN]', parse_constant=lambda s: 1 / 0))
show("hook raises", lambda: json.loads('{"a": 1}', object_hook=lambda d: d["b"]))
show("bytes", lambda: json.loads(b'{"a": "\xc3\xa9"}'))
show("bytearray", lambda: json.loads(bytearray(b'[1, 2]')))
show("bytes sig", lambda: json.loads(b'\xef\xbb\xbf[1]'))
show("utf-16", lambda: json.loads(b'\xff\xfe[\x00"\x00\xe9\x00"\x00]\x00'))
show("utf-16 be bom", lambda: json.loads(b'\xfe\xff\x00[\x00"\xd8\x34\xdd\x1e\x00"\x00]'))
show("utf-16-le", lambda: json.loads(b'[\x00"\x00\xe9\x00"\x00]\x00'))
show("utf-16-be", lambda: json.loads(b'\x00[\x00"\x00\xe9\x00"\x00]'))
show("utf-16 lone", lambda: json.dumps(json.loads(b'\x00[\x00"\xd8\x34\x00"\x00]')))
show("utf-32", lambda: json.loads(b'\xff\xfe\x00\x00[\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00\x1e\xd1\x01\x00"\x00\x00\x00]\x00\x00\x00'))
show("utf-32-le", lambda: json.loads(b'[\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00]\x00\x00\x00'))
show("utf-32-be", lambda: json.loads(b'\x00\x00\x00[\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00]'))
show("utf-16 short", lambda: json.loads(b'1\x00'))
show("utf-16 odd", lambda: json.loads(b'\x00[\x00]\x00'))
show("bad utf-8", lambda: json.loads(b'["\xff"]'))
show("not str", lambda: json.loads(5))
show("not str list", lambda: json.loads(["[]"]))
show("cls", lambda: json.loads('[1]', cls=json.JSONDecoder))


class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {"hooked": sorted(d)}


show("cls hook", lambda: json.loads('{"b": 1, "a": {"c": 2}}', cls=Dec))
show("cls hook kw", lambda: json.loads('[1.5]', cls=Dec, parse_float=str))


class Raw(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ["raw", obj], end


show("raw override", lambda: json.loads(' {"a": 1} ', cls=Raw))
show("raw override extra", lambda: json.loads(' {"a": 1} x', cls=Raw))

dec = json.JSONDecoder()
show("raw_decode", lambda: dec.raw_decode('[1, 2] trailing'))
show("raw_decode idx", lambda: dec.raw_decode('xx"é" [2]', 2))
show("raw_decode ws", lambda: dec.raw_decode(' [1]'))
show("raw_decode end", lambda: dec.raw_decode('[1]', 3))
show("raw_decode far", lambda: dec.raw_decode('[1]', 30))
show("raw_decode neg", lambda: dec.raw_decode('[1]', -1))
show("raw_decode bytes", lambda: dec.raw_decode(b'[1]'))
show("scan_once", lambda: dec.scan_once('é[1, "b"]', 1))
show("scan_once stop", lambda: dec.scan_once('[1]', 3))
show("scanstring", lambda: json.decoder.scanstring('"abc\\n" tail', 1))
show("scanstring nonascii", lambda: json.decoder.scanstring('éé"a\\u00e9b"', 3))
show("scanstring unterminated", lambda: json.decoder.scanstring('x"abc', 2))
show("scanstring strict", lambda: json.decoder.scanstring('"a\tb"', 1, False))
show("scanstring bounds", lambda: json.decoder.scanstring('"ab"', 10))
show("decode", lambda: dec.decode('  {"k": [true]}  '))
show("decode extra", lambda: dec.decode('[1] 2'))
show("attrs", lambda: (dec.strict, dec.object_hook, dec.parse_float, dec.parse_int, dec.object_pairs_hook))

e = None
try:
    json.loads('{\n  "a": 1,\n  "b" 2\n}')
except json.JSONDecodeError as exc:
    e = exc
print("error", repr(e), e.args, isinstance(e, ValueError), type(e).__module__)
print("error fields", e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
e2 = pickle.loads(pickle.dumps(e))
print("pickled", type(e2).__name__, e2, e2.msg, e2.pos, e2.lineno, e2.colno)
print("direct", json.JSONDecodeError("boom", "ab\ncd", 4))
try:
    json.loads("[")
except ValueError as exc:
    print("context", exc.__context__, exc.__suppress_context__, exc.__cause__)

print("load", json.load(io.StringIO('{"a": [1, 2]}')))
print("load hook", json.load(io.StringIO('{"a": 1.5}'), parse_float=lambda s: s))
print("load bytes", json.load(io.BytesIO(b'[true]')))
print("roundtrip", json.loads(json.dumps({"k": ["é", 1.5, None, 2 ** 70, "\ud800"]})) == {"k": ["é", 1.5, None, 2 ** 70, "\ud800"]})
print("lone surrogate", json.dumps(json.loads('["\\ud800", "\\udfff\\ud800"]')))
deep = "[" * 100000 + "]" * 100000
show("deep", lambda: json.loads(deep))
deep_obj = '{"a":' * 100000 + "1" + "}" * 100000
show("deep obj", lambda: json.loads(deep_obj))
show("not deep", lambda: len(json.loads("[" * 200 + "]" * 200)))
print("all", json.__all__)
print("version", json.__version__)
