# zipfile: writing stored and deflated members, reading them back, the directory,
# ZipInfo, extraction, appending, errors. Stored archives are compared byte for byte.
import io
import os
import tempfile
import warnings
import zipfile


def attempt(label, fn, *args, **kw):
    try:
        result = fn(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace(tmp, "TMP") if "tmp" in globals() else e)
    else:
        print(label, "=", repr(result))


stamp = (2020, 1, 2, 3, 4, 6)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    print(repr(z).startswith("<zipfile.ZipFile file=<_io.BytesIO object at "), repr(z).endswith(" mode='w'>"))
    z.writestr(zipfile.ZipInfo("a.txt", stamp), b"hello")
    d = zipfile.ZipInfo("dir/", (2021, 5, 6, 7, 8, 10))
    d.external_attr = (0o40755 << 16) | 0x10
    z.writestr(d, b"")
    info = zipfile.ZipInfo("dir/b.bin", stamp)
    info.external_attr = 0o644 << 16
    info.comment = b"member comment"
    z.writestr(info, bytes(range(256)) * 4)
    z.writestr(zipfile.ZipInfo("caf\u00e9.txt", stamp), "unicode name")
    with z.open(zipfile.ZipInfo("stream.txt", stamp), "w") as f:
        print("written", f.write(b"line one\n"), f.write(memoryview(b"line two\n")))
    z.comment = b"archive comment"
print(repr(z))
data = buf.getvalue()
print(len(data), data[:40])
print(data[-60:])

z = zipfile.ZipFile(io.BytesIO(data))
print(z.namelist())
for i in z.infolist():
    print(i, i.date_time, i.CRC, i.header_offset, i.flag_bits, i.create_system, i.is_dir())
z.printdir()
print(z.comment, z.getinfo("dir/b.bin").comment)
print(z.read("a.txt"), z.read(z.getinfo("caf\u00e9.txt")), len(z.read("dir/b.bin")))
with z.open("stream.txt") as f:
    print(repr(f).startswith("<zipfile.ZipExtFile name='stream.txt' mode='r'"), f.readline(), f.tell())
    print(list(f))
    f.seek(5)
    print(f.read(3), f.seekable(), f.readable())
print("testzip", z.testzip())
attempt("getinfo missing", z.getinfo, "nope")
attempt("write in read mode", z.writestr, "x", b"")
z.close()
attempt("read closed", z.read, "a.txt")
print(repr(z))

# Deflated members: the bytes differ between zlib builds, the contents do not.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("text.txt", "compress me " * 1000)
    z.writestr("stored.txt", b"not compressed", compress_type=zipfile.ZIP_STORED)
with zipfile.ZipFile(buf) as z:
    t = z.getinfo("text.txt")
    print(t.compress_type, t.file_size, t.compress_size < t.file_size, z.getinfo("stored.txt").compress_type)
    print(len(z.read("text.txt")), z.read("stored.txt"))
    print(repr(z.getinfo("stored.txt"))[:60])

# Files on disk: write(), extractall(), append, is_zipfile.
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src")
os.makedirs(os.path.join(src, "sub"))
with open(os.path.join(src, "one.txt"), "w") as f:
    f.write("first file\n")
with open(os.path.join(src, "sub", "two.txt"), "w") as f:
    f.write("second file\n")
archive = os.path.join(tmp, "out.zip")
with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
    z.write(os.path.join(src, "one.txt"), "one.txt")
    z.write(os.path.join(src, "sub"), "sub")
    z.write(os.path.join(src, "sub", "two.txt"), "sub/two.txt")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        z.writestr("one.txt", b"again")
    print([str(w.message) for w in caught])
print("is_zipfile", zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(src, "one.txt")),
      zipfile.is_zipfile(os.path.join(tmp, "missing")))
with zipfile.ZipFile(archive, "a") as z:
    z.writestr("added.txt", b"appended")
with zipfile.ZipFile(archive) as z:
    print(z.namelist())
    print([(i.filename, oct(i.external_attr >> 16)) for i in z.infolist() if i.is_dir()])
    dest = os.path.join(tmp, "dest")
    z.extractall(dest)
    print(sorted(os.path.relpath(os.path.join(r, n), dest) for r, ds, fs in os.walk(dest) for n in fs + ds))
    print(open(os.path.join(dest, "sub", "two.txt")).read(), end="")
    print(os.path.relpath(z.extract("added.txt", os.path.join(tmp, "single")), tmp))

# Unsafe names are extracted inside the target.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("../evil.txt", b"x")
    z.writestr("/abs/path.txt", b"y")
with zipfile.ZipFile(buf) as z:
    print(z.namelist())
    target = os.path.join(tmp, "safe")
    for name in z.namelist():
        print(os.path.relpath(z.extract(name, target), tmp))

attempt("not a zip", zipfile.ZipFile, io.BytesIO(b"not a zip file at all"))
attempt("bad mode", zipfile.ZipFile, io.BytesIO(), "q")
attempt("bad compression", zipfile.ZipFile, io.BytesIO(), "w", compression=99)
attempt("before 1980", zipfile.ZipInfo, "a", (1979, 1, 1, 0, 0, 0))
attempt("missing file", zipfile.ZipFile, os.path.join(tmp, "missing.zip"))
attempt("x mode on existing", zipfile.ZipFile, archive, "x")
print(zipfile.ZipInfo("x"), zipfile.ZipInfo("n\x00ul").filename)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)

# A damaged member.
raw = bytearray(data)
pos = raw.find(b"hello")
raw[pos] = ord("j")
with zipfile.ZipFile(io.BytesIO(bytes(raw))) as z:
    print("testzip", z.testzip())
    attempt("read damaged", z.read, "a.txt")

import shutil
shutil.rmtree(tmp)
