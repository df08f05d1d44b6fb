"""mimetypes: guesses from the built-in tables (a MimeTypes object reads no system file),
files read into a database, and the module-level functions on values every mime.types keeps."""
import mimetypes, os, tempfile

db = mimetypes.MimeTypes()
for n in ["a.tar.gz", "x.py", "http://a/b.JSON", "a.TXT", "q.svgz", "noext", "a.webp",
          "b.mid", "x.tgz", "data:text/x;base64,AA", "data:a=b,xx", "x.Z", "y.tar.Z"]:
    print(n, db.guess_type(n), db.guess_type(n, strict=False))
for t in ["text/plain", "image/jpeg", "application/json", "audio/midi", "nope/x", "IMAGE/PNG"]:
    print(t, db.guess_extension(t), db.guess_all_extensions(t), db.guess_extension(t, strict=False))
print(len(db.types_map[True]), len(db.types_map[False]), sorted(db.encodings_map.items()))
db.add_type("x/y", ".zz")
print(db.guess_type("a.zz"), db.guess_all_extensions("x/y"))
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "my.types")
with open(path, "w") as f:
    f.write("# comment\napplication/x-gopy gpy gpz  # trailing\n\ntext/x-extra extra\n")
print(sorted(mimetypes.read_mime_types(path).items()))
print(mimetypes.read_mime_types(os.path.join(tmp, "missing")))
db2 = mimetypes.MimeTypes([path])
print(db2.guess_type("f.GPZ"), db2.guess_extension("application/x-gopy"))
print(mimetypes.guess_type("report.pdf"), mimetypes.guess_type("a.html"), mimetypes.inited)
mimetypes.add_type("application/x-mine", ".mine")
print(mimetypes.guess_type("f.mine"), mimetypes.types_map[".mine"])
try:
    db.guess_type(3)
except TypeError as e:
    print("TypeError", e)
os.remove(path); os.rmdir(tmp)
