# configparser reading INI text as CPython 3.11 does: comments, continuation lines,
# empty lines in values, delimiters, allow_no_value, errors gathered into ParsingError.
import configparser


def show(cp):
    for name in cp:
        print(repr(name), [(k, cp[name][k] if cp._interpolation is None else cp.get(name, k, raw=True)) for k in cp[name]])


def dump(cp):
    for s in [cp.default_section] + cp.sections():
        items = cp.items(s, raw=True) if s != cp.default_section else list(cp.defaults().items())
        print(repr(s), items)


text = """
# a comment
; another
[DEFAULT]
base = /srv
Mixed Case = Yes

[server]
host = example.org
port: 8080
multi = first line
    second line

    fourth after blank
  indented = deeper
key with spaces   =   value with spaces   
empty =
colon:in=value
[ spaced header ]
a=1
[x] trailing
b = 2
"""
cp = configparser.RawConfigParser()
cp.read_string(text)
dump(cp)
print(cp.sections())
print(cp.options('server'))
print(repr(cp.get('server', 'multi')))

cp = configparser.RawConfigParser(empty_lines_in_values=False)
try:
    cp.read_string("[s]\nv = a\n  b\n\n  c\nw = 1\n")
except configparser.ParsingError as e:
    print(e)
dump(cp)
cp = configparser.RawConfigParser(empty_lines_in_values=False)
cp.read_string("[s]\nv = a\n  b\n\nw = 1\n")
dump(cp)

cp = configparser.RawConfigParser()
cp.read_string("[s]\nv = a\n  b\n\n\n# comment\n  c\n\nw = 1\n")
dump(cp)

# inline comments
cp = configparser.RawConfigParser(inline_comment_prefixes=('#', ';'))
cp.read_string("[s]\na = 1 # one\nb = x#y ; z\nc = ;only\nd = p;q #r\n[t] ; comment\ne=f\n")
dump(cp)

# custom delimiters and comment prefixes
cp = configparser.RawConfigParser(delimiters=('=>', '::'), comment_prefixes=('//',))
cp.read_string("[s]\n// c\na => 1\nb :: 2\nc = 3 => 4\n# not a comment => x\n")
dump(cp)

# allow_no_value
cp = configparser.RawConfigParser(allow_no_value=True)
cp.read_string("[mysqld]\nskip-bdb\nuser = mysql\nempty =\n")
dump(cp)
print(cp.get('mysqld', 'skip-bdb'))
try:
    cp.read_string("[t]\nflag\n  continued\n")
except Exception as e:
    print(type(e).__name__, e)

# errors: gathered parse errors
cp = configparser.RawConfigParser()
try:
    cp.read_string("[s]\na = 1\nbad line\n= novalue\nalso bad\nb = 2\n", source='conf.ini')
except configparser.ParsingError as e:
    print(type(e).__name__, e.args, e.source, e.errors)
    print(str(e))
    print(repr(e))
dump(cp)
try:
    configparser.RawConfigParser().read_string("a = 1\n[s]\n")
except configparser.MissingSectionHeaderError as e:
    print(type(e).__name__, e.args, e.source, e.lineno, repr(e.line))
    print(e)
    print(hasattr(e, 'errors'))
for src in ["[s]\n[s]\n", "[s]\na=1\nA=2\n"]:
    try:
        configparser.RawConfigParser().read_string(src)
    except configparser.Error as e:
        print(type(e).__name__, e.args, e)
cp = configparser.RawConfigParser(strict=False)
cp.read_string("[s]\na=1\n[s]\na=2\nb=3\n")
dump(cp)
# a second source may repeat sections and options even when strict
cp = configparser.RawConfigParser()
cp.read_string("[s]\na=1\n")
cp.read_string("[s]\na=2\n[t]\n")
dump(cp)
# the option name empty
cp = configparser.RawConfigParser()
try:
    cp.read_string("[s]\n: v\n")
except configparser.ParsingError as e:
    print(e.errors)
dump(cp)
# defaults section name
cp = configparser.RawConfigParser(default_section='common')
cp.read_string("[common]\nx = 1\n[a]\ny = 2\n[DEFAULT]\nz=3\n")
dump(cp)
print(list(cp), cp.get('a', 'x'))
# ParsingError by hand
try:
    configparser.ParsingError()
except ValueError as e:
    print(e)
try:
    configparser.ParsingError('a', 'b')
except ValueError as e:
    print(e)
e = configparser.ParsingError(filename='old.ini')
print(e.source, e.args)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(e.filename)
    print(w[0].category.__name__, w[0].message)
print(cp.read_string.__doc__ is None or True)
# tabs and odd whitespace
cp = configparser.RawConfigParser()
cp.read_string("[s]\n\tk = v\n\tk2 = v2\nk3=\tv3\t\n")
dump(cp)
cp = configparser.RawConfigParser()
cp.read_string("[s]\nk = v\n\tmore\n  [notsection]\n")
dump(cp)
