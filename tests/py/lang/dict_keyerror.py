# A missing key raises KeyError carrying the key.
d = {'a': 1, (1, 2): 3}
for key in ('b', (1, 3), 5):
    try:
        d[key]
    except KeyError as e:
        print('KeyError', e.args)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e.args)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e.args)
d['missing']
