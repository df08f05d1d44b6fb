# Pure paths: parsing and normalisation, parts, parents, with_*, relative_to, match,
# operators, comparisons, pickling, PureWindowsPath, and their errors.
from pathlib import *
import pickle, os
p = PurePosixPath('/usr//local/./bin/', 'python3.11.tar.gz')
print(repr(p), str(p), p.parts, p.drive, p.root, p.anchor, p.name, p.suffix, p.suffixes, p.stem)
print(p.parent, list(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], len(p.parents), repr(p.parents))
print(p.with_name('x.py'), p.with_stem('y'), p.with_suffix('.zip'), p.with_suffix(''))
print(p.relative_to('/usr'), p.is_relative_to('/usr'), p.is_relative_to('/etc'), p.is_absolute(), p.is_reserved())
print(p.match('*.gz'), p.match('bin/*.gz'), p.match('/usr/*/*/*'), p.match('/bin/*'))
print(PurePath('a') / 'b' / PurePath('c'), 'x' / PurePath('y'), PurePath('a', '/b', 'c'), PurePath('//a/b'), PurePath('///a'))
print(PurePosixPath('a') == PurePosixPath('a'), PurePosixPath('a') < PurePosixPath('b'), hash(PurePosixPath('a')) == hash(PurePosixPath('a')))
print(pickle.loads(pickle.dumps(p)) == p, pickle.dumps(PurePosixPath('/a/b'), 2)[:60])
print(PurePath(), PurePath('.'), PurePath(''), PurePath('a/../b'), bytes(PurePath('a')), os.fspath(PurePath('x/y')))
print(PurePosixPath('/a b/c%').as_uri())
w = PureWindowsPath('c:/Windows', 'System32\\drivers')
print(repr(w), str(w), w.drive, w.root, w.anchor, w.parts, w.as_uri(), PureWindowsPath('//server/share/x').parts, PureWindowsPath('nul').is_reserved())
print(PureWindowsPath('C:/A') == PureWindowsPath('c:/a'), PureWindowsPath('c:a').is_absolute())
for fn in (lambda: PurePosixPath('/').with_name('x'), lambda: p.with_suffix('gz'), lambda: p.with_name(''), lambda: p.relative_to('etc'), lambda: PurePosixPath('a') < PureWindowsPath('a'), lambda: PurePath(3), lambda: WindowsPath('x'), lambda: PurePath('a').match(''), lambda: p.relative_to()):
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
print(isinstance(p, os.PathLike), Path('a').__class__.__name__)
