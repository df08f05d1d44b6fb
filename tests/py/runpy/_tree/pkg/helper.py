import sys
print('helper as', __name__, __package__, __file__.endswith('helper.py'), sys.argv[0].endswith('helper.py'), sys.modules.get(__name__) is not None)
seen = injected
