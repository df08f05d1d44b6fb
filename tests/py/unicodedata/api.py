# unicodedata's functions, the ucd_3_2_0 view and their errors, compared with CPython 3.11.
import unicodedata as ud


def show(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "->", ascii(result))


print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, type(ud.ucd_3_2_0).__name__)
print(type(ud.ucd_3_2_0) is ud.UCD, ud.UCD.__module__)
show("UCD()", ud.UCD)

samples = "A a 0 \u00bd \u00b2 \u0663 \u2167 \u4e00 \uac01 \u0301 \u05d0 ( \u00e9 \ufb01 \u3000 \uff21 \U0001f600 \U00020000 \ud800 \ue000 \U000e0080 \u0378 \x00 \x85"
for ch in samples.split(" "):
    for db in (ud, ud.ucd_3_2_0):
        print(ascii(ch), db.category(ch), db.bidirectional(ch), db.combining(ch),
              db.east_asian_width(ch), db.mirrored(ch), db.decimal(ch, None), db.digit(ch, None),
              db.numeric(ch, None), db.decomposition(ch), db.name(ch, None))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "Latin Capital Letter Sharp S",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "cjk unified ideograph-4E00",
             "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-3134A",
             "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE SSANG", "hangul syllable gag", "HANGUL SYLLABLE ",
             "HANGUL SYLLABLE GGYAE", "NUSHU CHARACTER-1B170", "nushu character-1b170",
             "CJK COMPATIBILITY IDEOGRAPH-F900", "TANGUT IDEOGRAPH-17000", "NUL", "alert", "BOM",
             "BYTE ORDER MARK", "LATIN CAPITAL LETTER GHA", "TAMIL CONSONANT KSS",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "latin capital letter a with macron and grave",
             "FACE WITH OPEN EYES AND HAND OVER MOUTH", "BUBBLES", "", " LATIN SMALL LETTER A",
             "LATIN SMALL LETTER A ", "a" * 256, "a" * 257, "\u00e9" * 128, "\u00e9" * 129]:
    show("lookup %.40r" % name, ud.lookup, name)
    show("3.2.0 lookup %.40r" % name, ud.ucd_3_2_0.lookup, name)
show("lookup bytes", ud.lookup, b"LATIN SMALL LETTER B")
show("lookup bytearray", ud.lookup, bytearray(b"NUL"))
show("lookup int", ud.lookup, 5)

for fn in ("category", "bidirectional", "combining", "east_asian_width", "mirrored",
           "decomposition", "name", "decimal", "digit", "numeric", "lookup", "normalize",
           "is_normalized"):
    for db, label in ((ud, "ud"), (ud.ucd_3_2_0, "ucd_3_2_0")):
        f = getattr(db, fn)
        show("%s.%s()" % (label, fn), f)
        show("%s.%s(3 args)" % (label, fn), f, "a", "b", "c")
        show("%s.%s(kw)" % (label, fn), f, x=1)
        show("%s.%s(1)" % (label, fn), f, 1)
        show("%s.%s('ab')" % (label, fn), f, "ab")
        show("%s.%s('')" % (label, fn), f, "")
show("name default", ud.name, "\x00", 5)
show("name no default", ud.name, "\x00")
show("name given default", ud.name, "a", None)
show("decimal", ud.decimal, "a")
show("digit", ud.digit, "a")
show("numeric", ud.numeric, "a")
show("numeric default", ud.numeric, "a", "x")
show("numeric 1e12", ud.numeric, "\u5146")
show("decimal superscript", ud.decimal, "\u00b2")
show("digit superscript", ud.digit, "\u00b2")
show("normalize bad form", ud.normalize, "X", "a")
show("normalize nfc lower", ud.normalize, "nfc", "a")
show("normalize int form", ud.normalize, 1, "a")
show("normalize int str", ud.normalize, "NFC", 1)
show("is_normalized int", ud.is_normalized, "NFC", 1)
show("is_normalized bad form", ud.is_normalized, "NFX", "a")
show("attr", getattr, ud.ucd_3_2_0, "nope")
show("pickle", __import__("pickle").dumps, ud.ucd_3_2_0)
