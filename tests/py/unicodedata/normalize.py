# The four normalization forms and is_normalized, in both versions of the database.
import unicodedata as ud

texts = [
    "", "abc", "\u00e9", "e\u0301", "\ufb01", "\u1e9b\u0323", "\u0041\u030a\u0301",
    "\uac00\u11a8", "\u1100\u1161\u11a8", "\uac01", "\u1100\u1161", "\u1100\u1161\u0301\u11a8",
    "\u0958", "\u2126", "\u212b", "\u00c5\u0327", "a\u0328\u0301\u0302\u0303\u0304",
    "\u0f73\u0f75\u0f81", "\U0001d15e\U0001d165", "\U0001109a", "\U00011099\U000110ba",
    "\u3300 \u32ff \u2460 \u00bd \u2075 \u2082 \u33ff", "\uff21\uff76\uff9e", "\u0344\u0340",
    "\uf951 \U0002f868 \U0002f874 \U0002f91f \U0002f95f \U0002f9bf", "\u1fb3\u0342\u0313",
    "\u0627\u0653\u0654", "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f",
    "x\u0300\u0315\u0301y", "\u00a0\u2000\u3000", "\ud800 a\udfff", "\u0387\u037e\u0340",
    "\U0001f1fa\U0001f1f8 \U0001f468\u200d\U0001f469", "\u09c7\u09be \u09cb \u0b47\u0b3e",
]
for text in texts:
    for db in (ud, ud.ucd_3_2_0):
        row = []
        for form in ("NFC", "NFD", "NFKC", "NFKD"):
            out = db.normalize(form, text)
            row.append(ascii(out))
            row.append(db.is_normalized(form, text))
            row.append(db.is_normalized(form, out))
        print(db.unidata_version, ascii(text), *row)

# every character with a decomposition or a combining class, as one checksum per form
import zlib
chars = [chr(c) for c in range(0x30000) if not 0xd800 <= c < 0xe000
         and (ud.decomposition(chr(c)) or ud.combining(chr(c)))]
print(len(chars))
for db in (ud, ud.ucd_3_2_0):
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        joined = "|".join(db.normalize(form, ch) for ch in chars)
        print(db.unidata_version, form, zlib.crc32(joined.encode("utf-8", "surrogatepass")))
