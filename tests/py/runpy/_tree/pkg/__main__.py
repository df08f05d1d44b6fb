import sys
print('pkg.__main__ as', __name__, __package__, sys.argv[0].endswith('__main__.py'))
result = 42
