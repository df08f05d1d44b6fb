# argparse: parsing (nargs, types, choices, defaults, actions), Namespace and reprs
import argparse

p = argparse.ArgumentParser(prog="tool", description="A tool that does things.")
p.add_argument("src", help="where from")
p.add_argument("dst", nargs="?", default="out.txt", help="where to (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=1, help="how many")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", action="store_true")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--ext", action="extend", nargs="+", type=int)
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True)
p.add_argument("--level", default="3", type=int)
for argv in [["a"], ["a", "b", "-n", "5", "-vv", "-q"], ["--count=7", "x", "--tag", "t1", "--tag=t2"],
             ["-n3", "x", "--ext", "1", "2", "--ext", "3", "--no-color"], ["x", "--pair", "k", "v", "--mode", "slow"],
             ["x", "-qvv", "--const", "--no-cache"], ["--", "-x"], ["x", "--cou", "2"]]:
    print(argv, "->", p.parse_args(argv))
ns, rest = p.parse_known_args(["x", "--unknown", "y", "z", "-k"])
print(ns.src, rest)
print(argparse.Namespace(a=1, b="x") == argparse.Namespace(b="x", a=1), "a" in argparse.Namespace(a=1))
print(repr(argparse.Namespace(**{"a-b": 1, "c": 2})))
print(p.get_default("count"), p.get_default("nothing"))
p.set_defaults(count=9, extra="e")
print(p.parse_args(["x"]))
print(repr(p)[:60])
act = p._actions[2]
print(repr(act))

q = argparse.ArgumentParser(prog="q")
q.add_argument("nums", nargs="+", type=float)
q.add_argument("--opt", nargs="*", default=[])
q.add_argument("rest", nargs=argparse.REMAINDER)
print(q.parse_args(["1", "2.5", "--opt", "a", "b"]))
print(q.parse_args(["1", "2", "3"]))

r = argparse.ArgumentParser(prog="r", prefix_chars="+-")
r.add_argument("+x", action="store_true")
r.add_argument("-y", type=int)
print(r.parse_args(["+x", "-y", "4"]))
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("value", type=int)
neg.add_argument("-k")
print(neg.parse_args(["-5"]), neg.parse_args(["-k", "-2", "7"]))


def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError("%d is odd" % n)
    return n


t = argparse.ArgumentParser(prog="t", exit_on_error=False)
t.add_argument("--e", type=even)
t.add_argument("--i", type=int, choices=range(3))
for argv in [["--e", "3"], ["--e", "x"], ["--i", "7"], ["--i"], ["--e", "4"]]:
    try:
        print(t.parse_args(argv))
    except argparse.ArgumentError as e:
        print("ArgumentError:", e, "|", e.argument_name)
print(t.parse_known_args(["--zzz"]))
for bad in [dict(action="nope"), dict(type="int"), dict(nargs=0), dict(action="store", const=1)]:
    try:
        argparse.ArgumentParser().add_argument("--w", **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser().add_argument("pos", required=True)
except TypeError as e:
    print(e)
try:
    c = argparse.ArgumentParser()
    c.add_argument("-a")
    c.add_argument("-a", "--bb")
except argparse.ArgumentError as e:
    print(e)
c = argparse.ArgumentParser(prog="c", conflict_handler="resolve")
c.add_argument("-a", "--aa", help="first")
c.add_argument("-a", help="second")
print(c.format_help())
print(argparse.FileType("w"), argparse.FileType("rb", 0, encoding="x"))
