# Source bytes given to compile() and exec(), and modules imported, are decoded as CPython
# 3.11 does: a BOM, a coding declaration (utf-8, latin-1, ascii), and UTF-8 bytes checked
# token by token ("(unicode error) ..." at CPython's positions; a bad byte in a comment is
# harmless). gpython ran such sources as they were.
cases = [b"# \xff\nx=1", b"x = 1 # \xff", b"x = \"\xff\"", b"x = b\"\xff\"", b"\xff = 1", b"x\xff = 1", b"x = \"a\" + \"\xffb\"", b"x = \"\"\"a\n\xff\"\"\"", b"x = 1\ny = \xff", b"f\"\xff\"", b"x = r\"\xff\"", b"x = \"\xc3\"", b"x = \"\xe2\x82\"", b"\"\xff\" if 1 else 2", b"x = (\n\"\xff\"\n)", b"x = \"ok\" \"\xff\"",
b"\xef\xbb\xbfx=1", b"# coding: latin-1\nx=\"\xff\"", b"# coding: bogus\nx=1", b"\xef\xbb\xbf# coding: latin-1\nx=1", b"#!/bin/sh\n# vim: set fileencoding=latin-1 :\nx=\"\xe9\"", b"x=1\n\n# coding: latin-1\ny=\"\xe9\"",
b"x = \"\xe2\x82\" + \"\xff\"", b"\xe2\x82\xff = 1", b"x = \"\xe2\x82\"\n", b"x = 1 # \xe2\x82\ny = \"\xff\"", b"# coding: utf-8\nx=\"\xff\"", b"# coding: ascii\nx=\"\xc3\xa9\"", b"# coding: ascii\n# \xc3\xa9\nx=1", b"# coding: latin-1\nx=\"\xc3\xa9\"", b"x = '\xed\xa0\x80'", b"x = '\xf4\x90\x80\x80'", b"x = '\xe0\x80\x80'", b"x = '\xc0\xaf'", b"x = '\xf0\x9f\x98'", b"x = '\\\xff'"]
for src in cases:
    try:
        c = compile(src, "f.py", "exec")
        ns = {}
        exec(c, ns)
        print("ok", sorted((k, v) for k, v in ns.items() if k != "__builtins__"))
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
for src in [b"x=\"\xff\"", b"x=1 # \xff\nprint('exec ok')"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
for args in [(1, 2, "exec"), (b"\xff", 2, "exec"), (b"\xff", "f", "bogus")]:
    try:
        compile(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

cases2 = [b"# coding: utf-8\nx=\"\xff\"", b"# coding: utf-8\nx = \"ab\xffc\" + 1", b"# coding: utf-8\n\xff = 1", b"# coding: utf-8\nx\xffy = 1", b"# coding: utf-8\nx = b\"\xff\"", b"# coding: utf-8\nx = \"\"\"a\n\xff\"\"\"", b"# coding: utf-8\nx = 1 # \xff", b"# coding: utf-8\nx = \"\xe2\x82\"", b"# coding: utf-8\nx = \"\xe2\x82\xe2\x82\"", b"# coding: utf-8\nx = \"a\xc3\"\n"]
for src in cases2:
    try:
        compile(src, "f.py", "exec"); print("ok")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))

import os, sys, tempfile
d = tempfile.mkdtemp()
for name, src in [("badmod", b'x = "\xff"\n'), ("latinmod", b"# coding: latin-1\nx = '\xe9'\n"), ("commentmod", b"# \xff\nx = 2\n")]:
    with open(os.path.join(d, name + ".py"), "wb") as f:
        f.write(src)
sys.path.insert(0, d)
for name in ["badmod", "latinmod", "commentmod"]:
    try:
        m = __import__(name)
        print(name, repr(m.x))
    except SyntaxError as e:
        print(name, repr(e.msg), e.lineno, e.offset, os.path.basename(e.filename))
for name in ["badmod", "latinmod", "commentmod"]:
    os.unlink(os.path.join(d, name + ".py"))
os.rmdir(d)
for e in [SyntaxError(), SyntaxError("m", ("/x/f.py", 2, 1, "t", 2, 3)), SyntaxError("m", (None, 2, 1, "t"))]:
    print(repr(str(e)), e.lineno, e.end_lineno, e.end_offset)
for args in [("m", 1), ("m", (1, 2))]:
    try:
        SyntaxError(*args)
    except TypeError as e:
        print("TypeError", e)
