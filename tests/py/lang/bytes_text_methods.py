# bytes and bytearray: padding, case, tabs, lines, prefixes, translate/maketrans (ASCII only).
cases = [
    'b"a".center(5, b"ab")', 'b"a".center(5, "a")', 'b"a".ljust("x")', 'bytes.maketrans(b"a", b"bc")',
    'b"a".translate(b"ab")', 'b"a".translate(None, "a")', 'b"a".zfill("x")', 'b"a".removeprefix("a")',
    'b"a".expandtabs("x")', 'bytes.maketrans("a", "b")', 'b"a".splitlines(1)',
    'list(bytearray(b"ab").maketrans(b"a", b"b"))[97:99]', 'b"a".center()', 'b"-12".zfill(6)', 'b"+1".zfill(1)',
    'b"a\\tb\\r\\ncd\\te".expandtabs(4)', 'b"a\\tb".expandtabs()', 'b"a\\tb".expandtabs(0)',
    'b"hello world-foo bar1x".title()', 'b"Hello World".istitle()', 'b"Hello world".istitle()', 'b"".istitle()',
    'b"".isascii()', 'b"\\x80".isascii()', 'b"AB1".isupper()', 'b"1".isupper()', 'b"ab1".islower()', 'b"aB".islower()',
    'b"aB".swapcase()', 'b"hELLO wORLD".capitalize()', 'b"a\\nb\\r\\nc\\rd".splitlines(True)',
    'b"a\\nb\\r\\nc\\rd\\n".splitlines()', 'b"a\\x0bb".splitlines()', 'b"".splitlines()',
    'b"abc".center(8, b"*")', 'b"abc".center(9)', 'b"abc".ljust(6, b"-")', 'b"abc".rjust(6)', 'b"abc".rjust(2)',
    'b"prefix-x".removeprefix(b"prefix-")', 'b"x.py".removesuffix(b".py")', 'b"x.py".removesuffix(b".c")',
    'b"hello".translate(bytes.maketrans(b"lo", b"01"))', 'b"hello".translate(None, b"l")',
    'b"hello".translate(None, delete=b"lo")', 'list(bytes.maketrans(b"abc", b"xyz"))[97:100]',
    'bytearray(b"hello world").center(15)', 'bytearray(b"hello world").zfill(13)',
    'bytearray(b"hello world").title()', 'bytearray(b"hello world").ljust(13, b"*")',
    'bytearray(b"hello world").translate(None, b"l")', 'bytearray(b"a\\nb").splitlines()',
    'bytearray(b"ab").removeprefix(b"a")', 'bytearray(b"Ab").swapcase()', 'bytearray(b"ab").isupper()',
]
for expr in cases:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
