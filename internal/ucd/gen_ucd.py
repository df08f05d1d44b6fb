"""Writes ucd.bin and tables.go: the Unicode 14.0.0 character database of gopy.

Run by `go generate` in this directory with python3 = CPython 3.11. The per-character
properties (category, bidirectional class, combining class, East Asian width, mirrored,
decimal/digit/numeric values, decomposition, names) are recorded by asking python3's
unicodedata about every code point, for its 14.0.0 database and for its ucd_3_2_0 view;
name aliases and named sequences come from the UCD 14.0.0 files in ucd14/ (each entry
checked against python3's unicodedata.lookup). The layout of ucd.bin is described
in ucd.go; everything is little endian.
"""

import re
import struct
import sys
import unicodedata

U14 = unicodedata
U32 = unicodedata.ucd_3_2_0
NCP = 0x110000
SHIFT = 7

HANGUL = (0xAC00, 0xD7A3)


def cjk_ranges():
    """The runs of code points named CJK UNIFIED IDEOGRAPH-XXXX (named by rule)."""
    out, start = [], None
    for c in range(NCP + 1):
        n = U14.name(chr(c), "") if c < NCP else ""
        if n.startswith("CJK UNIFIED IDEOGRAPH-"):
            if start is None:
                start = c
        elif start is not None:
            out.append((start, c - 1))
            start = None
    return out


def props(db, ch):
    dec = db.decimal(ch, None)
    dig = db.digit(ch, None)
    num = db.numeric(ch, None)
    return (db.category(ch), db.bidirectional(ch), db.combining(ch),
            db.east_asian_width(ch), db.mirrored(ch),
            255 if dec is None else dec, 255 if dig is None else dig, num)


class Interner:
    def __init__(self, first=()):
        self.items, self.index = [], {}
        for x in first:
            self.add(x)

    def add(self, x):
        if x not in self.index:
            self.index[x] = len(self.items)
            self.items.append(x)
        return self.index[x]


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def section(out, data):
    out.append(struct.pack("<I", len(data)))
    out.append(bytes(data))


def decomp_entries(db, cps):
    """cp u32, tag u8, count u8, count x u32 for each cp with a decomposition in db."""
    buf = bytearray()
    tags = {}
    for c in cps:
        d = db.decomposition(chr(c))
        parts = d.split()
        tag = ""
        if parts and parts[0].startswith("<"):
            tag = parts.pop(0)
        tags.setdefault(tag, 0)
        buf += struct.pack("<IBB", c, TAGS.add(tag), len(parts))
        for p in parts:
            buf += struct.pack("<I", int(p, 16))
    return buf


TAGS = Interner([""])


FLAGS = ("alpha", "decimal", "digit", "numeric", "space", "lower", "upper", "title",
         "printable", "xidstart", "xidcontinue", "cased", "caseignorable")


def ctype_flags(c):
    """The bits of FLAGS that hold for code point c."""
    ch = chr(c)
    upper1, lower1 = ch.isupper(), ch.islower()
    sigma = "\u03a3"
    p1 = ch.__add__(sigma).lower()[-1] == "\u03c2"
    p2 = ("A" + ch + sigma).lower()[-1] == "\u03c2"
    p3 = ("A" + sigma + ch).lower()[1] == "\u03c2"
    ignorable = p2 and p3
    cased = (ch + "a").title()[-1] == "a"
    if not ignorable:
        assert cased == p1, hex(c)
    v = dict(alpha=ch.isalpha(), decimal=ch.isdecimal(), digit=ch.isdigit(),
             numeric=ch.isnumeric(), space=ch.isspace(), lower=lower1, upper=upper1,
             title=ch.istitle() and not upper1, printable=ch.isprintable(),
             xidstart=ch.isidentifier(), xidcontinue=("a" + ch).isidentifier(),
             cased=cased, caseignorable=ignorable)
    assert ch.isalnum() == (v["alpha"] or v["decimal"] or v["digit"] or v["numeric"]), hex(c)
    return sum(1 << i for i, name in enumerate(FLAGS) if v[name])


def main():
    assert U14.unidata_version == "14.0.0", U14.unidata_version
    assert U32.unidata_version == "3.2.0"
    cats = Interner(["Cn"])
    bidis = Interner([""])
    eaws = Interner(["N"])
    nums = Interner()
    records = Interner()

    def rec(db, c):
        cat, bidi, comb, eaw, mir, dec, dig, num = props(db, chr(c))
        numi = 0xFFFF if num is None else nums.add(num)
        return records.add((cats.add(cat), bidis.add(bidi), comb, eaws.add(eaw), mir, dec, dig, numi))

    blocks = Interner()
    index = {}
    for name, db in (("u14", U14), ("u32", U32)):
        idx = []
        for b in range(NCP >> SHIFT):
            blk = tuple(rec(db, c) for c in range(b << SHIFT, (b + 1) << SHIFT))
            idx.append(blocks.add(blk))
        index[name] = idx
    assert len(records.items) < 0xFFFF and len(blocks.items) < 0xFFFF

    out = []
    buf = bytearray()
    for r in records.items:
        buf += struct.pack("<BBBBBBBxH", *r)
    section(out, buf)
    section(out, b"".join(struct.pack("<d", v) for v in nums.items))
    section(out, b"".join(struct.pack("<H", i) for i in index["u14"]))
    section(out, b"".join(struct.pack("<H", i) for i in index["u32"]))
    section(out, b"".join(struct.pack("<H", r) for blk in blocks.items for r in blk))

    # decompositions: all of 14.0.0; of 3.2.0 those that differ (count 0: none)
    section(out, decomp_entries(U14, [c for c in range(NCP) if U14.decomposition(chr(c))]))
    section(out, decomp_entries(U32, [c for c in range(NCP)
                                      if U32.decomposition(chr(c)) != U14.decomposition(chr(c))]))

    # characters with a canonical decomposition that NFC leaves decomposed (the full
    # composition exclusions: singletons, non-starters and the excluded list); both
    # versions compose with 14.0.0's pairs, as CPython's ucd_3_2_0 does
    excl = []
    for c in range(NCP):
        d = U14.decomposition(chr(c))
        if d and not d.startswith("<") and U14.normalize("NFC", chr(c)) != chr(c):
            excl.append(c)
    section(out, b"".join(struct.pack("<I", c) for c in excl))

    # names: CJK unified ideographs and Hangul syllables are named by rule; other runs of
    # "PREFIX-XXXX" names are stored as ranges; the rest as words of a lexicon
    cjk = cjk_ranges()
    names = {}
    for c in range(NCP):
        if HANGUL[0] <= c <= HANGUL[1] or any(lo <= c <= hi for lo, hi in cjk):
            continue
        n = U14.name(chr(c), None)
        if n is not None:
            names[c] = n
    ranges = []
    for c in sorted(names):
        m = re.fullmatch(r"(.*)-([0-9A-F]{4,6})", names[c])
        if not m or m.group(2) != "%04X" % c:
            continue
        if ranges and ranges[-1][0] == m.group(1) and ranges[-1][2] == c - 1:
            ranges[-1][2] = c
        else:
            ranges.append([m.group(1), c, c])
    ranges = [r for r in ranges if r[2] - r[1] >= 8]
    for prefix, lo, hi in ranges:
        for c in range(lo, hi + 1):
            del names[c]
    freq = {}
    for n in names.values():
        for w in re.split(r"[ -]", n):
            freq[w] = freq.get(w, 0) + 1
    words = sorted(freq, key=lambda w: (-freq[w], w))
    windex = {w: i for i, w in enumerate(words)}
    buf = bytearray()
    for w in words:
        buf += bytes([len(w)]) + w.encode("ascii")
    section(out, buf)
    buf = bytearray()
    prev = -1
    for c in sorted(names):
        buf += varint(c - prev - 1)
        prev = c
        parts = re.split(r"([ -])", names[c])
        for i in range(0, len(parts), 2):
            sep = 0 if i + 1 >= len(parts) else (1 if parts[i + 1] == " " else 2)
            buf += varint(windex[parts[i]] * 3 + sep)
    section(out, buf)
    buf = bytearray()
    for prefix, lo, hi in ranges:
        buf += struct.pack("<IIB", lo, hi, len(prefix)) + prefix.encode("ascii")
    for lo, hi in cjk:
        buf += struct.pack("<IIB", lo, hi, 0)
    section(out, buf)

    # 3.2.0 has the names of 14.0.0 for the characters it assigns
    for c in range(NCP):
        want = U14.name(chr(c), None) if U32.category(chr(c)) != "Cn" else None
        assert U32.name(chr(c), None) == want, hex(c)

    buf = bytearray()
    for line in open("ucd14/NameAliases.txt", encoding="utf-8"):
        if line[:1].isalnum():
            cp, alias, _ = line.strip().split(";")
            assert U14.lookup(alias) == chr(int(cp, 16)), alias
            buf += struct.pack("<IB", int(cp, 16), len(alias)) + alias.encode("ascii")
    section(out, buf)
    buf = bytearray()
    for line in open("ucd14/NamedSequences.txt", encoding="utf-8"):
        if line[:1].isalnum():
            name, cps = line.strip().split(";")
            seq = [int(x, 16) for x in cps.split()]
            assert U14.lookup(name) == "".join(map(chr, seq)), name
            buf += bytes([len(name)]) + name.encode("ascii") + bytes([len(seq)])
            buf += b"".join(struct.pack("<I", c) for c in seq)
    section(out, buf)

    # 3.2.0's normalization keeps the errors of its data for a few CJK compatibility
    # ideographs, while its decomposition() reports the corrected mapping
    buf = bytearray()
    for c in range(NCP):
        ch = chr(c)
        if U32.decomposition(ch) == U14.decomposition(ch) != "":
            nfd = U32.normalize("NFD", ch)
            if nfd != U14.normalize("NFD", ch):
                assert len(nfd) == 1
                buf += struct.pack("<II", c, ord(nfd))
    section(out, buf)

    # str's predicates and case mappings (what CPython's _PyUnicode_* functions answer)
    fblocks = Interner()
    findex = []
    mappings = bytearray()
    for b in range(NCP >> SHIFT):
        blk = []
        for c in range(b << SHIFT, (b + 1) << SHIFT):
            blk.append(ctype_flags(c))
            ch = chr(c)
            for kind, m in enumerate((ch.lower(), ch.upper(), ch.title(), ch.casefold())):
                if m != ch:
                    mappings += struct.pack("<IBB", c, kind, len(m))
                    mappings += b"".join(struct.pack("<I", ord(x)) for x in m)
        findex.append(fblocks.add(tuple(blk)))
    section(out, b"".join(struct.pack("<H", i) for i in findex))
    section(out, b"".join(struct.pack("<H", f) for blk in fblocks.items for f in blk))
    section(out, mappings)

    with open("ucd.bin", "wb") as f:
        f.write(b"".join(out))

    def golist(name, doc, items):
        return "// %s %s\nvar %s = [...]string{%s}\n\n" % (
            name, doc, name, ", ".join('"%s"' % s for s in items))
    go = ["// Code generated by gen_ucd.py from python3 %s (Unicode %s); DO NOT EDIT.\n\n"
          % (sys.version.split()[0], U14.unidata_version),
          "package ucd\n\n",
          golist("categoryNames", "are the general categories, by record field.", cats.items),
          golist("bidiNames", "are the bidirectional classes, by record field.", bidis.items),
          golist("widthNames", "are the East Asian widths, by record field.", eaws.items),
          golist("decompTags", "are the decomposition tags, by entry field.", TAGS.items),
          "// The bits of the ctype flags.\nconst (\n" + "".join(
              "\tf%s%s\n" % (n.capitalize(), " uint16 = 1 << iota" if i == 0 else "")
              for i, n in enumerate(FLAGS)) + ")\n\n",
          "const (\n\tnumRecords = %d\n\tnumBlocks  = %d\n\tblockShift = %d\n)\n"
          % (len(records.items), len(blocks.items), SHIFT)]
    with open("tables.go", "w") as f:
        f.write("".join(go))


if __name__ == "__main__":
    main()
