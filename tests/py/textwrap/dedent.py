import textwrap

cases = [
    "",
    "no indent\nat all",
    "    four\n    four\n",
    "    four\n  two\n      six",
    "\tTab\n\tTab\n",
    "\t mixed\n \tmixed\n",
    "  a\n\n  b\n   \n  c",
    "  a\n \t \n  b",
    "   \n   \n",
    "  x  \n  y\t\n",
    "  one line without newline",
    "    a\n    b\n  ",
    "\r\n  a\r\n  b",
    "  \u2003 wide\n  \u2003 space",
]
for c in cases:
    print(repr(c), "->", repr(textwrap.dedent(c)))

print(repr(textwrap.indent("a\nb\n\n  \nc", "+ ")))
print(repr(textwrap.indent("a\nb\n\n  \nc", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc\n", "> ")))
print(repr(textwrap.indent("", "> ")))
print(repr(textwrap.indent("x\ny", "", None)))
print(repr(textwrap.indent("short\nlonger line\n", "# ", lambda line: len(line) > 6)))
try:
    textwrap.indent(5, "x")
except AttributeError as e:
    print("AttributeError", e)
try:
    textwrap.dedent(None)
except TypeError as e:
    print("TypeError", e)
