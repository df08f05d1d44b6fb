# str's predicates and case mappings agree with Unicode 14.0.0 (CPython 3.11's tables).
import zlib

# every code point of the BMP and plane 1, every 7th beyond (internal/ucd records the
# flags of all of them from python3)
codes = [c for c in range(0x110000) if (c < 0x20000 or c % 7 == 0) and not 0xd800 <= c < 0xe000]
chars = [chr(c) for c in codes]
preds = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isupper",
         "islower", "istitle", "isprintable", "isidentifier"]
for p in preds:
    f = getattr(str, p)
    true = [c for c, ch in zip(codes, chars) if f(ch)]
    print(p, len(true), zlib.crc32(repr(true).encode()))
for m in ["upper", "lower", "casefold", "title", "swapcase", "capitalize"]:
    f = getattr(str, m)
    changed = [(c, f(ch)) for c, ch in zip(codes, chars) if f(ch) != ch]
    print(m, len(changed), zlib.crc32(ascii(changed).encode()))
for s in ["\u0391\u03a3", "\u0391\u03a3 \u03a3", "\u03a3", "\u0391\u03a3\u03b1", "\u0391\u0345\u03a3",
          "\u0391\u03a3\u0345", "\u0391\u03a3\u0345\u03b1", "\u0391.\u03a3", "\u01c5ungla \u01c6 \u0149 \u00df \ufb01x",
          "hello WORLD \u01c8", "\u03a3\u0391\u03a3 \u03a3\u0391\u03a3", "a\ud800b", "\u1fbc \u1fb3 \u00df", "", "_x1", "1x",
          "\u0130stanbul", "\u2160\u2161 \u24b6", "\u1e9e"]:
    print(ascii([s.lower(), s.upper(), s.title(), s.swapcase(), s.capitalize(), s.casefold(),
                 s.isupper(), s.islower(), s.istitle(), s.isprintable(), s.isidentifier()]))
print(repr("\U0001fae8 \U0001f600 \u0378 \x85 \xa0 \u2028 \ud800 \U000e0001 \u00ad"))
print(ascii("\ud800\udfff"))
