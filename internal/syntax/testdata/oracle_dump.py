import ast, sys, hashlib
for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        with open(path, "rb") as f:
            src = f.read()
        d = ast.dump(ast.parse(src, path), include_attributes=True)
        r = hashlib.sha256(d.encode("utf-8", "surrogatepass")).hexdigest()
    except SyntaxError as e:
        r = "ERR %s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        r = "EXC %s: %s" % (type(e).__name__, e)
    print(path + "\t" + r.replace("\n", "\\n"), flush=False)
