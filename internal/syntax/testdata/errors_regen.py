#!/usr/bin/env python3
# Records what python3 (CPython 3.11) makes of each source of errors.txt: run from this
# directory as `python3 errors_regen.py`; never edit errors.golden by hand.
#
# errors.txt holds cases separated by lines "### name" or "### name mode" (mode exec,
# eval or single; exec by default). Each case is parsed as ast.parse(src, mode=mode) does
# (the parser only: errors of the symbol table and the compiler are not raised there),
# and the result is one line of errors.golden: name, then "ok" or the exception's class,
# msg, lineno, offset, end_lineno, end_offset and text, tab-separated, as Python reprs.
import ast, sys

def cases(path):
    name, mode, lines = None, "exec", []
    with open(path, encoding="utf-8", newline="") as f:
        for line in f.read().split("\n"):
            if line.startswith("### "):
                if name is not None:
                    yield name, mode, "\n".join(lines)
                parts = line[4:].split()
                name, mode, lines = parts[0], (parts[1] if len(parts) > 1 else "exec"), []
            else:
                lines.append(line)
    if name is not None:
        yield name, mode, "\n".join(lines)

def record(src, mode):
    try:
        ast.parse(src, "<case>", mode=mode)
        return "ok"
    except SyntaxError as e:
        return "\t".join([type(e).__name__, repr(e.msg), repr(e.lineno), repr(e.offset),
                          repr(e.end_lineno), repr(e.end_offset), repr(e.text)])
    except ValueError as e:
        return "ValueError\t" + repr(str(e))

out = []
seen = set()
for name, mode, src in cases("errors.txt"):
    if name in seen:
        sys.exit("duplicate case name " + name)
    seen.add(name)
    out.append(name + "\t" + record(src, mode))
with open("errors.golden", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(len(out), "cases")
