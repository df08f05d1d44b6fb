import dbm
import dbm.dumb
import os
import shelve
import tempfile

tmp = tempfile.mkdtemp()
base = os.path.join(tmp, 'db')

with dbm.dumb.open(base, 'c') as db:
    db['alpha'] = 'one'
    db[b'beta'] = b'two' * 300
    db['gamma'] = bytearray(b'three')
    db['alpha'] = 'ONE'            # fits its block: rewritten in place
    db['gamma'] = b'g' * 1000      # grows: moved to the end
    print(sorted(db.keys()), len(db), 'alpha' in db, b'beta' in db, 'zeta' in db)
    print(db['alpha'], db[b'gamma'][:5], len(db['beta']))
    del db['beta']
    print(sorted(db.items())[:1], len(db))
    for bad in [(1, 'x'), ('k', 2)]:
        try:
            db[bad[0]] = bad[1]
        except TypeError as e:
            print('TypeError', e)
    try:
        db['missing']
    except KeyError as e:
        print('KeyError', e)
print(sorted(os.listdir(tmp)))
print(open(base + '.dir').read())
print(os.path.getsize(base + '.dat'))
print(dbm.whichdb(base), dbm.whichdb(os.path.join(tmp, 'none')))

# the generic open finds the dumb database; read-only refuses writes
with dbm.open(base, 'r') as db:
    print(type(db).__module__, sorted(db.keys()))
    try:
        db['new'] = 'x'
    except dbm.error[1] as e:
        print('error', e)
    try:
        del db['alpha']
    except OSError as e:
        print('OSError', e)
db = dbm.dumb.open(base, 'w')
db.close()
try:
    db['x']
except OSError as e:
    print('OSError', e)
try:
    len(db)
except OSError as e:
    print('OSError', e)
db.close()
with dbm.dumb.open(base, 'n') as db:
    print(len(db))
try:
    dbm.open(os.path.join(tmp, 'absent'))
except dbm.error[0] as e:
    print('dbm.error', e)
try:
    dbm.dumb.open(base, 'x')
except ValueError as e:
    print('ValueError', e)
with open(os.path.join(tmp, 'junk'), 'wb') as f:
    f.write(b'not a database at all')
print(repr(dbm.whichdb(os.path.join(tmp, 'junk'))))
try:
    dbm.open(os.path.join(tmp, 'junk'))
except dbm.error[0] as e:
    print('dbm.error', e)

# shelve over a dumb database and over a dict
path = os.path.join(tmp, 'shelf')
with shelve.Shelf(dbm.dumb.open(path, 'c')) as sh:
    sh['numbers'] = [1, 2, 3]
    sh['nested'] = {'a': (1, 2.5, None), 'b': {'x'}}
    sh['numbers'].append(4)                # not written back
    print(sh['numbers'], len(sh), sorted(sh), 'nested' in sh, sh.get('nope', 'dflt'))
with shelve.Shelf(dbm.dumb.open(path, 'w'), writeback=True) as sh:
    sh['numbers'].append(5)                # written back at close
    del sh['nested']
with shelve.open(path, 'r') as sh:
    print(type(sh).__name__, dict(sh))
with shelve.open(os.path.join(tmp, 'fresh')) as sh:
    sh['k'] = 'v'
with shelve.open(os.path.join(tmp, 'fresh')) as sh:
    print(dict(sh))
d = {}
s = shelve.Shelf(d, protocol=2)
s['x'] = ('tuple', 1)
print(sorted(d), d[b'x'][:2], s['x'])
s.close()
print(s.dict)
try:
    s['x']
except ValueError as e:
    print('ValueError', e)
try:
    s['x'] = 1
except ValueError as e:
    print('ValueError', e)
