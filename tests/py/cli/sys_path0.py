import sys
print(sys.path[0].endswith("tests/py/cli"))
print(sys.path[0].startswith("/"))
