import codecs

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM_LE, codecs.BOM_BE)
for name in ["utf-8", "UTF8", "utf_8", "U8", "Utf 8", "latin-1", "latin1", "ISO-8859-1", "l1",
             "ascii", "US-ASCII", "646", "utf-16", "utf16", "UTF-16LE", "utf_16_be", "utf-32",
             "utf-32-le", "UTF-32BE", "utf-8-sig", "utf_8_sig", "cp65001"]:
    info = codecs.lookup(name)
    print(repr(name), info.name, type(info).__name__, isinstance(info, tuple), len(info),
          info.incrementalencoder.__name__, info.streamreader.__name__)
for bad in ["nope", "", "utf-9"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError", e)
try:
    codecs.lookup(5)
except TypeError as e:
    print("TypeError", e)

text = "aé€𝄞"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
            "utf-8-sig"]:
    data = codecs.encode(text, enc)
    print(enc, data, codecs.decode(data, enc), codecs.getencoder(enc)(text),
          codecs.getdecoder(enc)(data))
print(codecs.encode("é", "latin-1"), codecs.decode(b"\xe9\xff", "latin-1"), codecs.encode("abc"))
print(codecs.decode(b"\xef\xbb\xbfabc", "utf-8-sig"), codecs.decode(b"abc", "utf-8-sig"))
print(codecs.decode(b"\xfe\xff\x00a", "utf-16"), codecs.decode(b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"))
print(codecs.utf_16_decode(b"\xff\xfea\x00b", "strict", False), codecs.utf_16_decode(b"\xff"),
      codecs.utf_16_ex_decode(b"\xfe\xff\x00a"), codecs.utf_16_ex_decode(b"a\x00"),
      codecs.utf_32_ex_decode(b"\xff\xfe\x00\x00a\x00\x00\x00"))
print(codecs.utf_16_encode("ab"), codecs.utf_16_encode("ab", "strict", 1),
      codecs.utf_16_encode("ab", "strict", -1), codecs.utf_32_encode("a"),
      codecs.utf_8_decode(b"a\xc3", "strict", False), codecs.utf_8_decode(b"a\xe2\x82", None, False),
      codecs.latin_1_encode("xyz"), codecs.ascii_decode(b"xy"))

for enc, data in [("utf-8", b"a\x80b"), ("utf-8", b"\xc3("), ("utf-8", b"\xe2\x82"), ("utf-8", b"\xe2\x28\xa1"),
                  ("utf-8", b"\xf0\x9f\x98"), ("utf-8", b"\xed\xa0\x80x"), ("utf-8", b"\xf5\x80"),
                  ("utf-8", b"\xc0\xaf"), ("ascii", b"ab\xffc\xfe"), ("utf-16-le", b"a\x00\x00\xd8b\x00"),
                  ("utf-16-le", b"\x00\xdc"), ("utf-16-le", b"\x00\xd8"), ("utf-16-le", b"a\x00b"),
                  ("utf-16-be", b"\xd8\x00\xdc\x00"), ("utf-32-le", b"\x00\x00\x11\x00"),
                  ("utf-32-le", b"\x00\xd8\x00\x00"), ("utf-32-le", b"a\x00\x00"), ("utf-16", b"\xff\xfe\x00\xdcA\x00")]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        try:
            # (gopy's str holds lone surrogates as WTF-8: shown through their bytes)
            show = ascii if errors != "surrogateescape" else (
                lambda s: codecs.encode(s, "utf-8", "surrogateescape"))
            print(enc, data, errors, show(data.decode(enc, errors)), show(codecs.decode(data, enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, data, errors, "UnicodeDecodeError", e, e.start, e.end, e.reason, e.encoding)

for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            print(enc, errors, codecs.encode("aé€b𝄞\x00", enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e, e.start, e.end, e.reason)
print("ab\u20ac\u20acc".encode("ascii", "replace"), "x\u00e9\u00e9y".encode("latin-1"))
try:
    "x€€y€".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)

s = b"a\xff\xfeb".decode("utf-8", "surrogateescape")
print(s.encode("utf-8", "surrogateescape"), codecs.encode(s, "utf-8", "surrogateescape"),
      codecs.encode(s, "latin-1", "surrogateescape"))
p = codecs.decode(b"\xed\xa0\x80", "utf-8", "surrogatepass")
print(codecs.encode(p, "utf-8", "surrogatepass"), codecs.encode(p, "utf-16-le", "surrogatepass"),
      p.encode("utf-32-be", "surrogatepass"),
      codecs.decode(b"\x00\xd8", "utf-16-le", "surrogatepass").encode("utf-8", "surrogatepass"))
for call in [lambda: p.encode("utf-8"), lambda: s.encode("ascii")]:
    try:
        call()
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.reason, e.start, e.end)
for call in [lambda: codecs.decode("x", "utf-8"), lambda: codecs.encode(b"x", "utf-8"),
             lambda: codecs.decode(b"\xff", "utf-8", "nope"), lambda: codecs.encode("é", "ascii", "nope"),
             lambda: codecs.lookup_error("nope"), lambda: codecs.register_error("x", 5),
             lambda: codecs.register(5), lambda: codecs.getincrementalencoder("nope")]:
    try:
        print(call())
    except (TypeError, LookupError, ValueError) as e:
        print(type(e).__name__, e)
