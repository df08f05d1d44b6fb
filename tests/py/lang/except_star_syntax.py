# SyntaxErrors of except*, as CPython 3.11 reports them.
cases = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
    "try:\n    pass\nexcept KeyError:\n    pass\nexcept* ValueError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        if x:\n            return\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        for z in w:\n            pass\n        else:\n            break\n",
]
ok = [
    "try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n",
    "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n",
    "try:\n    pass\nexcept* ValueError:\n    while x:\n        continue\n",
    "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(repr(src), "compiled")
for src in ok:
    compile(src, "<ok>", "exec")
    print("ok:", repr(src))
