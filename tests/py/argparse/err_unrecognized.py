import argparse, sys
p = argparse.ArgumentParser(prog="prog")
p.add_argument("x")
try:
    p.parse_args(["1", "2", "--z"])
except SystemExit as e:
    print("exit status", e.code)
sub = p.add_subparsers(dest="cmd")
s = sub.add_parser("go")
try:
    p.parse_args(["1", "stop"])
except SystemExit as e:
    print("exit status", e.code)
m = argparse.ArgumentParser(prog="m")
g = m.add_mutually_exclusive_group()
g.add_argument("--a", action="store_true")
g.add_argument("--b", action="store_true")
try:
    m.parse_args(["--a", "--b"])
except SystemExit as e:
    print("exit status", e.code)
amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--alpha")
amb.add_argument("--alps")
try:
    amb.parse_args(["--al", "1"])
except SystemExit as e:
    print("exit status", e.code)
m.parse_args(["--b", "--a"])
