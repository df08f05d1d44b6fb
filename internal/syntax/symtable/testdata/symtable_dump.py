# For each path read from stdin, prints the path, a tab, and either the SHA-256 of the
# dump of python3's symbol table of the file or "ERR" and its SyntaxError.
import _symtable, hashlib, sys, tokenize

def dump(t, out):
    syms = " ".join("%s:%d" % kv for kv in sorted(t.symbols.items()))
    out.append("%d %s %d %d [%s] [%s]" % (t.type, t.name, t.lineno, t.nested, syms, " ".join(t.varnames)))
    for c in t.children:
        dump(c, out)
    out.append("end")

for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        with open(path, "rb") as f:
            src = f.read()
        top = _symtable.symtable(src, path, "exec")
        out = []
        dump(top, out)
        r = hashlib.sha256("\n".join(out).encode("utf-8", "surrogatepass")).hexdigest()
        if len(sys.argv) > 1:
            print("\n".join(out))
            continue
    except SyntaxError as e:
        r = "ERR %s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        r = "EXC %s: %s" % (type(e).__name__, e)
    print(path + "\t" + r.replace("\n", "\\n"))
