import codecs
import io
import pickle

text = "héllo wörld €𝄞 end"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig",
            "latin-1", "ascii"]:
    errors = "replace" if enc in ("latin-1", "ascii") else "strict"
    data = text.encode(enc, errors)
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(dec.decode(b"", final=True))
    enc_ = codecs.getincrementalencoder(enc)(errors)
    out = b"".join(enc_.encode(ch) for ch in text) + enc_.encode("", final=True)
    print(enc, data == text.encode(enc, errors), "".join(pieces) == data.decode(enc), out == data,
          sum(1 for p in pieces if p), codecs.decode(data, enc) == text.encode(enc, errors).decode(enc))
    print(list(codecs.iterdecode([data[:3], data[3:7], data[7:]], enc))[:2],
          b"".join(codecs.iterencode(["ab", "cd"], enc)))

dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"a\xe2\x82")), dec.getstate(), repr(dec.decode(b"\xac")), dec.getstate())
try:
    dec.decode(b"\xe2", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
dec.reset()
print(dec.getstate(), dec.decode(b"ok"))
d16 = codecs.getincrementaldecoder("utf-16")()
print(repr(d16.decode(b"\xfe")), repr(d16.decode(b"\xff\x00")), repr(d16.decode(b"a\x00b")), d16.decode(b"", True) if False else "")
e16 = codecs.getincrementalencoder("utf-16")()
print(e16.encode("a"), e16.encode("b"), e16.getstate())
e16.reset()
print(e16.encode("c"))
sig = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(sig.decode(b"\xef")), repr(sig.decode(b"\xbb\xbfx")), repr(sig.decode(b"y")))
print(codecs.lookup("utf-8").incrementaldecoder.__mro__[1].__name__)

stream = io.BytesIO()
w = codecs.getwriter("utf-16")(stream)
w.write("ab")
w.write("c")
print(stream.getvalue())
r = codecs.getreader("utf-16")(io.BytesIO(stream.getvalue()))
print(r.read())
r8 = codecs.getreader("utf-8")(io.BytesIO("line1\nlïne2\nlast".encode()))
print([r8.readline(), r8.readline(), r8.readline(), r8.readline()])
print(list(codecs.getreader("latin-1")(io.BytesIO(b"x\ny\xe9\n"))))


def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return "<%d-%d>" % (exc.start, exc.end), exc.end
    return "[%s]" % exc.object[exc.start:exc.end].hex(), exc.end


codecs.register_error("mine", handler)
print(codecs.lookup_error("mine") is handler, "aé€b".encode("ascii", "mine"), b"a\xff\xfeb".decode("utf-8", "mine"))
codecs.register_error("skip2", lambda exc: ("", exc.end + 1))
print(b"a\xffbcd".decode("ascii", "skip2"), "a€bcd".encode("latin-1", "skip2"))
codecs.register_error("back", lambda exc: ("?", -1) if exc.end < 4 else ("!", exc.end))
print(b"abc\xffd".decode("ascii", "back"))
codecs.register_error("bytes", lambda exc: (b"\xAA", exc.end))
print("aé".encode("ascii", "bytes"))
for name, bad in [("far", lambda exc: ("", 100)), ("notuple", lambda exc: "x"),
                  ("nonascii", lambda exc: ("é", exc.end))]:
    codecs.register_error(name, bad)
    for call in (lambda: "aé".encode("ascii", name), lambda: b"a\xff".decode("ascii", name)):
        try:
            print(call())
        except (IndexError, TypeError, UnicodeError) as e:
            print(type(e).__name__, e)
for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    f = codecs.lookup_error(h)
    try:
        print(h, f(UnicodeEncodeError("ascii", "aé€x", 1, 3, "bad")))
    except Exception as e:
        print(h, type(e).__name__, e)
    try:
        print(h, f(UnicodeDecodeError("ascii", b"a\xff\xfe", 1, 3, "bad")))
    except Exception as e:
        print(h, type(e).__name__, e)
print(callable(codecs.strict_errors), codecs.ignore_errors is codecs.lookup_error("ignore"))


def search(name):
    if name in ("rot_x", "rot-x"):
        return codecs.CodecInfo(lambda s, e="strict": (s[::-1].encode(), len(s)),
                                lambda b, e="strict": (bytes(b).decode()[::-1], len(b)), name="rot-x")
    return None


codecs.register(search)
print(codecs.lookup("rot-x").name, codecs.encode("abc", "rot-x"), codecs.decode(b"abc", "rot-x"),
      codecs.lookup("ROT-X").name)
codecs.unregister(search)
try:
    codecs.lookup("rot-x")
except LookupError as e:
    print("LookupError", e)
print(type(codecs.lookup("utf-8")).__mro__[1].__name__, repr(codecs.lookup("ascii"))[:40])
print(pickle.loads(pickle.dumps(b"\xe9\x00bytes", 2)), pickle.loads(pickle.dumps(bytearray(b"x\xff"), 0)))
