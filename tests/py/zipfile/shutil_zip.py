# shutil's zip format: make_archive and unpack_archive over zipfile.
import os
import shutil
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
root = os.path.join(tmp, "root")
os.makedirs(os.path.join(root, "pkg", "empty"))
with open(os.path.join(root, "pkg", "a.txt"), "w") as f:
    f.write("alpha\n")
with open(os.path.join(root, "top.txt"), "w") as f:
    f.write("top\n")
print([f for f in shutil.get_archive_formats() if f[0] == "zip"])
print([f for f in shutil.get_unpack_formats() if f[0] == "zip"])
name = shutil.make_archive(os.path.join(tmp, "out", "archive"), "zip", root)
print(os.path.relpath(name, tmp))
with zipfile.ZipFile(name) as z:
    print(sorted(z.namelist()))
name2 = shutil.make_archive(os.path.join(tmp, "sub"), "zip", root, "pkg")
with zipfile.ZipFile(name2) as z:
    print(sorted(z.namelist()))
dest = os.path.join(tmp, "unpacked")
shutil.unpack_archive(name, dest)
print(sorted(os.path.relpath(os.path.join(r, n), dest) for r, ds, fs in os.walk(dest) for n in fs + ds))
print(open(os.path.join(dest, "pkg", "a.txt")).read(), end="")
shutil.unpack_archive(name2, os.path.join(tmp, "u2"), "zip")
print(sorted(os.listdir(os.path.join(tmp, "u2", "pkg"))))
with open(os.path.join(tmp, "fake.zip"), "w") as f:
    f.write("not a zip")
try:
    shutil.unpack_archive(os.path.join(tmp, "fake.zip"), dest)
except shutil.ReadError as e:
    print("ReadError", str(e).replace(tmp, "TMP"))
shutil.rmtree(tmp)
