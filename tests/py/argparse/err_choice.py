import argparse
p = argparse.ArgumentParser(prog="prog")
p.add_argument("--mode", choices=["a", "b"])
p.parse_args(["--mode", "c"])
