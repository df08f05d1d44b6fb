import string
import pickle

print(repr(string.whitespace), string.ascii_letters, string.digits, string.hexdigits,
      string.octdigits, string.punctuation)
print(repr(string.printable))
print(sorted(string.__all__))
print(string.capwords("  hello   wORLD  x "), string.capwords("a-b-c", "-"),
      string.capwords("a--b", "-"), repr(string.capwords("")))

t = string.Template("$who likes ${what} and $$5; $who again")
print(t.substitute(who="tim", what="ham"))
print(t.substitute({"who": "ann", "what": "eggs"}))
print(t.substitute({"who": "ann", "what": "eggs"}, who="kw"))
print(t.safe_substitute(who="x"))
print(t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["$", "a $1", "line\nab $ c", "x\n\ny ${bad", "$ok ${ok} $", "\n$"]:
    bt = string.Template(bad)
    print(repr(bad), bt.is_valid(), bt.get_identifiers(), repr(bt.safe_substitute(ok=1)))
    try:
        bt.substitute(ok=1)
    except ValueError as e:
        print("ValueError", e)
print(string.Template("$ABC_d9z ${_x}").substitute(ABC_d9z=1, _x=2))
print(string.Template("$é").safe_substitute())


class Percent(string.Template):
    delimiter = '%'


print(Percent("%a %% %{b}").substitute(a=1, b=2))


class Dotted(string.Template):
    idpattern = r'[a-z]+\.[a-z]+'


print(Dotted("$a.b and $c").safe_substitute({"a.b": "X"}))


class Braced(string.Template):
    braceidpattern = r'[^}]+'


print(Braced("${a b} $c").substitute({"a b": 1, "c": 2}))


class Custom(string.Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\[(?P<braced>\w+)\]|(?P<invalid>))'


print(Custom("@x @[y] @@").substitute(x=1, y=2))


class Broken(string.Template):
    pattern = r'#(?P<other>\w+)'


for meth in ("substitute", "safe_substitute", "is_valid", "get_identifiers"):
    try:
        print(getattr(Broken("#a"), meth)())
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e.args[0])
print(type(string.Template.pattern).__name__, string.Template.flags)
t2 = pickle.loads(pickle.dumps(string.Template("$a")))
print(type(t2).__name__, t2.template, t2.substitute(a=5))
try:
    string.Template("$a").substitute({}, {})
except TypeError as e:
    print("TypeError", e)
print(string.Formatter().format("{}", 1))
for call in (lambda: string.Formatter.format(), lambda: string.Formatter().format()):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
