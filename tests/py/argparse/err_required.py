import argparse
p = argparse.ArgumentParser(prog="prog")
p.add_argument("a")
p.add_argument("--b", required=True)
print(p.parse_args(["x", "--b", "y"]))
p.parse_args([])
