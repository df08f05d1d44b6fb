# os.environ's MutableMapping methods update, clear and popitem as CPython's.
import os
import subprocess
import sys

os.environ.update({'GOPY_T1': 'a', 'GOPY_T2': 'b'})
os.environ.update([('GOPY_T3', 'c')], GOPY_T4='d')
os.environ.update(GOPY_T5='e')
print(sorted((k, v) for k, v in os.environ.items() if k.startswith('GOPY_T')))
print(os.getenv('GOPY_T3'), os.environ.get('GOPY_T4'))
for bad in [lambda: os.environ.update({'K': 1}), lambda: os.environ.update([('a', 'b', 'c')]),
            lambda: os.environ.update([('a',)]), lambda: os.environ.update(5),
            lambda: os.environ.update({}, {})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
saved = dict(os.environ)
k, v = os.environ.popitem()
print(k in os.environ, saved[k] == v)
os.environ.clear()
print(len(os.environ), list(os.environ), os.environ.get('GOPY_T1'))
try:
    os.environ.popitem()
except KeyError as e:
    print('KeyError', e.args)
os.environ.update(saved)
print(os.environ.get('GOPY_T2'), len(os.environ) == len(saved))
