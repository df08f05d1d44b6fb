# sys.flags: a struct sequence with CPython's fields.
import sys

f = sys.flags
print(type(f).__name__, len(f), f.debug, f.optimize, f.verbose, f.quiet, f.isolated)
print(f.dev_mode, f.safe_path, f.int_max_str_digits, f.hash_randomization, f[0] == f.debug)
