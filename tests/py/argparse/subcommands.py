# argparse: subparsers (help, aliases, required, dest), parents, errors of a subcommand
import argparse

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--debug", action="store_true", help="print debugging output")
p = argparse.ArgumentParser(prog="git2", parents=[common])
sub = p.add_subparsers(dest="cmd", help="sub-command help")
add = sub.add_parser("add", help="add files", aliases=["a"], parents=[common])
add.add_argument("paths", nargs="+")
add.add_argument("-f", "--force", action="store_true")
add.set_defaults(func="do_add")
commit = sub.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
sub.add_parser("status")
print(p.format_help())
print(add.format_help())
print(p.parse_args(["add", "x", "y", "-f"]))
print(p.parse_args(["--debug", "a", "z"]))
print(p.parse_args(["commit", "-m", "msg"]))
print(p.parse_args([]))
print(p.parse_known_args(["status", "--what"]))
titled = argparse.ArgumentParser(prog="titled")
s2 = titled.add_subparsers(title="commands", description="the things it does", metavar="COMMAND", required=True)
s2.add_parser("run", help="run it")
s2.add_parser("stop", help="stop it")
print(titled.format_help())
try:
    titled.add_subparsers()
except SystemExit as e:
    print("exit", e.code)
try:
    sub.add_parser("add")
except argparse.ArgumentError as e:
    print(e)
