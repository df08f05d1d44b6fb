# plistlib: XML and binary property lists written byte for byte as python3 and read back,
# format detection, dict_type, sort_keys/skipkeys, UID, errors.
import collections
import datetime
import io
import plistlib

value = {
    "name": "gopy & <plist>",
    "count": 42,
    "neg": -7,
    "big": 2**63 + 5,
    "pi": 3.25,
    "yes": True,
    "no": False,
    "when": datetime.datetime(2024, 2, 29, 13, 45, 7),
    "blob": bytes(range(100)),
    "list": [1, "two", 3.0, [], {}, ["nested", b"x"]],
    "tuple": (1, 2),
    "unicode": "caf\u00e9 \u20ac",
    "same": "name",
    "dict": {"b": 1, "a": {"z": [True]}},
    "line\r\nend": "a\rb",
}
xml = plistlib.dumps(value)
print(xml.decode())
print(plistlib.dumps(value, sort_keys=False).decode()[:400])
back = plistlib.loads(xml)
print(back == {**value, "tuple": [1, 2], "line\nend": "a\nb", "line\r\nend": None} or sorted(back.items(), key=str))
binary = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(binary.hex())
print(plistlib.dumps(value, fmt=plistlib.FMT_BINARY, sort_keys=False).hex()[:200])
print(plistlib.loads(binary) == {**value, "tuple": [1, 2]})
print(plistlib.loads(binary, fmt=plistlib.FMT_BINARY)["when"], plistlib.loads(xml, fmt=plistlib.FMT_XML)["when"])
print(type(plistlib.loads(xml, dict_type=collections.OrderedDict)).__name__,
      type(plistlib.loads(binary, dict_type=collections.OrderedDict)).__name__)
shared = [1, 1, "s", "s", 1.5, 1.5, b"b", b"b", True, 1, 0, False]
print(plistlib.dumps(shared, fmt=plistlib.FMT_BINARY).hex(), plistlib.loads(plistlib.dumps(shared, fmt=plistlib.FMT_BINARY)))
many = list(range(300)) + ["x" * 20, "y" * 300, "\u00e9" * 20]
b2 = plistlib.dumps(many, fmt=plistlib.FMT_BINARY)
print(len(b2), b2[-32:].hex(), plistlib.loads(b2) == many)
uid = plistlib.UID(7)
print(uid, repr(uid), uid == plistlib.UID(7), hash(uid) == hash(7),
      plistlib.dumps([plistlib.UID(1), plistlib.UID(300), plistlib.UID(70000), plistlib.UID(2**40)], fmt=plistlib.FMT_BINARY).hex())
print(plistlib.loads(plistlib.dumps({"u": uid}, fmt=plistlib.FMT_BINARY)))
print(plistlib.dumps({1: "x", "k": "v"}, skipkeys=True, sort_keys=False).decode().splitlines()[3:6])
print(plistlib.dumps("top").decode().splitlines()[2:])
print(plistlib.dumps(b"\x00" * 200).decode())
print(plistlib.dumps([[[b"\x01" * 60]]]).decode())
fp = io.BytesIO()
plistlib.dump({"k": [1, 2]}, fp, fmt=plistlib.FMT_BINARY)
fp.seek(0)
print(plistlib.load(fp))
print(plistlib.loads(b"<plist><dict><key>a</key><integer>0x1F</integer><key>b</key><real>1e3</real>"
                     b"<key>d</key><date>2020-01-02T03:04:05Z</date><key>e</key><data>aGVsbG8=</data></dict></plist>"))
print(plistlib.FMT_XML, plistlib.FMT_BINARY, repr(plistlib.FMT_XML), plistlib.PlistFormat.__members__.keys())
for bad in [lambda: plistlib.dumps({1: 2}), lambda: plistlib.dumps(None), lambda: plistlib.dumps(2**64),
            lambda: plistlib.dumps(-2**63 - 1, fmt=plistlib.FMT_BINARY), lambda: plistlib.dumps("a\x00b"),
            lambda: plistlib.loads(b"garbage"), lambda: plistlib.loads(b"bplist00garbage"),
            lambda: plistlib.loads(b"<plist><dict><key>a</key></dict></plist>"),
            lambda: plistlib.loads(b"<plist><array><key>a</key></array></plist>"),
            lambda: plistlib.loads(b"<plist><dict><string>x</string></dict></plist>"),
            lambda: plistlib.loads(b"<?xml version='1.0'?><!DOCTYPE p [<!ENTITY e 'x'>]><plist/>"),
            lambda: plistlib.UID(-1), lambda: plistlib.UID("x"), lambda: plistlib.UID(2**64),
            lambda: plistlib.dumps(plistlib.UID(1)), lambda: plistlib.dumps(1, fmt="bogus"),
            lambda: plistlib.loads(b"<plist><integer>x</integer></plist>")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
