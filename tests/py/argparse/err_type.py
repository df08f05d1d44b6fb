import argparse
p = argparse.ArgumentParser(prog="prog")
p.add_argument("-n", type=int, help="a number")
p.add_argument("--v", action="version", version="prog 2.0")
print(p.parse_args(["-n", "3"]))
try:
    p.parse_args(["--v"])
except SystemExit as e:
    print("version exit", e.code)
try:
    p.parse_args(["-h"])
except SystemExit as e:
    print("help exit", e.code)
p.parse_args(["-n", "three"])
