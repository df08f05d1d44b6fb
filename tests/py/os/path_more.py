# os.path's functions of several paths and the stat-based queries: relpath, commonpath,
# commonprefix, expandvars, normcase, splitdrive, ismount, samefile, getatime ...
import os, tempfile
p = os.path
print(p.relpath('/a/b', '/a/c/d'), p.relpath('/a/b', '/a/b'), p.relpath('/x', '/'), p.relpath('a/b', 'a'))
print(p.relpath(b'/a/b', b'/a'))
print(p.commonpath(['/a/b/c', '/a/b/d']), p.commonpath(['a/b', 'a']), p.commonpath(['/']), p.commonpath(['/a/./b', '/a/b/']))
print(p.commonpath([b'/usr/lib', b'/usr/local']))
print(repr(p.commonprefix([])), p.commonprefix(['/usr/lib', '/usr/local']), p.commonprefix([[1, 2], [1, 3]]), p.commonprefix(['abc']))
os.environ['ZZ_T'] = 'v'
print(p.expandvars('$ZZ_T ${ZZ_T} $NOPE_T ${NOPE_T $ $1 ${ZZ_T}x a$ZZ_T.b ${} $$ZZ_T'))
print(p.expandvars('no vars'), p.expandvars(b'$ZZ_T/x'))
print(p.normcase('A/B'), p.splitdrive('/a/b'), p.splitdrive(b'x'))
print(p.ismount('/'), p.ismount('/nonexistent-zz'))
d = tempfile.mkdtemp()
f = p.join(d, 'f')
open(f, 'w').close()
print(p.ismount(d), p.samefile(f, f), p.samestat(os.stat(f), os.stat(d)))
st = os.stat(f)
print(p.getatime(f) == st.st_atime, p.getmtime(f) == st.st_mtime, p.getctime(f) == st.st_ctime, p.getsize(f))
class P:
    def __fspath__(self):
        return f
print(p.exists(P()), p.isfile(P()), p.getsize(P()), p.basename(P()) == 'f')
os.unlink(f)
os.rmdir(d)
for fn in [lambda: p.relpath(''), lambda: p.commonpath([]), lambda: p.commonpath(['/a', 'b']),
           lambda: p.commonpath([b'/a', '/b']), lambda: p.relpath(3), lambda: p.commonpath('/a'),
           lambda: p.samefile('/nonexistent-zz', '/'), lambda: p.getatime('/nonexistent-zz'),
           lambda: p.getsize('/nonexistent-zz'), lambda: p.getmtime('/nonexistent-zz'),
           lambda: p.relpath('a', b'b'), lambda: p.normcase(3), lambda: p.splitdrive(3), lambda: p.expandvars(3)]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
