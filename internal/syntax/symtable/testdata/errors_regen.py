#!/usr/bin/env python3
# Records what python3's symbol table (CPython 3.11) says of each source of errors.txt
# (cases separated by "### name" lines): "ok", or the SyntaxError's msg, lineno, offset,
# end_lineno, end_offset and text, tab-separated reprs, in errors.golden. Run from this
# directory; never edit errors.golden by hand.
import _symtable

def cases(path):
    name, lines = None, []
    with open(path, encoding="utf-8", newline="") as f:
        for line in f.read().split("\n"):
            if line.startswith("### "):
                if name is not None:
                    yield name, "\n".join(lines)
                name, lines = line[4:].strip(), []
            else:
                lines.append(line)
    if name is not None:
        yield name, "\n".join(lines)

out = []
for name, src in cases("errors.txt"):
    try:
        _symtable.symtable(src, "<case>", "exec")
        r = "ok"
    except SyntaxError as e:
        r = "\t".join([type(e).__name__, repr(e.msg), repr(e.lineno), repr(e.offset),
                       repr(e.end_lineno), repr(e.end_offset), repr(e.text)])
    out.append(name + "\t" + r)
with open("errors.golden", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(len(out), "cases")
