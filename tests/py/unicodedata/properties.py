# Every property of a sample of code points (every 17th, and all of the Latin, Greek and
# CJK punctuation blocks), as checksums per property and a few listed values.
import unicodedata as ud
import zlib

codes = sorted(set(range(0, 0x110000, 17)) | set(range(0x0, 0x600)) | set(range(0x3000, 0x3100)))
for db in (ud, ud.ucd_3_2_0):
    for fn in ("category", "bidirectional", "combining", "east_asian_width", "mirrored",
               "decomposition"):
        f = getattr(db, fn)
        values = [str(f(chr(c))) for c in codes]
        print(db.unidata_version, fn, zlib.crc32("|".join(values).encode()))
    for fn in ("name", "decimal", "digit", "numeric"):
        f = getattr(db, fn)
        values = [repr(f(chr(c), None)) for c in codes]
        print(db.unidata_version, fn, zlib.crc32("|".join(values).encode()))

# names read back through lookup
count = lowered = 0
for c in range(0, 0x110000, 3):
    name = ud.name(chr(c), None)
    if name is not None:
        assert ud.lookup(name) == chr(c), hex(c)
        count += 1
        try:
            lowered += ud.lookup(name.lower()) == chr(c)
        except KeyError:
            pass
print("names", count, "found in lower case", lowered)
numeric = sorted({ud.numeric(chr(c)) for c in range(0x110000) if ud.numeric(chr(c), None) is not None})
print(len(numeric), numeric[:5], numeric[-5:])
