# shutil: copyfile/copy/copy2/copymode/copystat (contents, modes, times, symlinks,
# SameFileError, named pipes), copytree (ignore, symlinks, dirs_exist_ok, collected
# errors), rmtree (onerror's functions, symlinks refused, dir_fd), move (rename, into a
# directory, into itself), which, disk_usage, get_terminal_size, chown's errors and the
# archive registries, all in a temporary directory with relative paths.
import os
import shutil
import stat
import sys
import tempfile

top = tempfile.mkdtemp()
os.chdir(top)


def tree(root):
    out = []
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            p = os.path.join(dirpath, name)
            kind = 'link->' + os.readlink(p) if os.path.islink(p) else open(p).read()[:10]
            out.append((p, kind))
        for name in dirs:
            p = os.path.join(dirpath, name)
            if os.path.islink(p):
                out.append((p, 'dirlink->' + os.readlink(p)))
    return out


def attempt(label, fn, *args, **kw):
    try:
        print(label, fn(*args, **kw))
    except shutil.Error as e:
        print(label, type(e).__name__, sorted(e.args[0]) if isinstance(e.args[0], list) else e)
    except Exception as e:
        print(label, type(e).__name__, e)


with open('a.txt', 'w') as f:
    f.write('alpha\n' * 1000)
os.chmod('a.txt', 0o640)
os.utime('a.txt', ns=(1_000_000_000_123_456_789, 1_100_000_000_987_654_321))
print(shutil.copyfile('a.txt', 'b.txt'), open('b.txt').read() == open('a.txt').read())
print(oct(stat.S_IMODE(os.stat('b.txt').st_mode)) != '0o640' or 'umask')
print(shutil.copy('a.txt', 'c.txt'), oct(stat.S_IMODE(os.stat('c.txt').st_mode)))
print(shutil.copy2('a.txt', 'd.txt'), os.stat('d.txt').st_mtime_ns)
os.mkdir('dir')
print(shutil.copy('a.txt', 'dir'), shutil.copy2('a.txt', 'dir/'), os.listdir('dir'))
attempt('same', shutil.copyfile, 'a.txt', 'a.txt')
attempt('same via dir', shutil.copy, 'dir/a.txt', 'dir')
attempt('missing', shutil.copyfile, 'nope.txt', 'x.txt')
attempt('no dir', shutil.copyfile, 'a.txt', 'nodir/x.txt')
attempt('to dir', shutil.copyfile, 'a.txt', 'dir')
os.mkfifo('fifo')
attempt('fifo', shutil.copyfile, 'fifo', 'x.txt')
attempt('fifo dst', shutil.copyfile, 'a.txt', 'fifo')
os.symlink('a.txt', 'link')
print(shutil.copyfile('link', 'e.txt', follow_symlinks=False), os.readlink('e.txt'))
print(shutil.copy('link', 'f.txt'), os.path.islink('f.txt'))
shutil.copymode('a.txt', 'b.txt')
print(oct(stat.S_IMODE(os.stat('b.txt').st_mode)))
shutil.copystat('a.txt', 'c.txt')
print(os.stat('c.txt').st_mtime_ns)
attempt('copymode missing', shutil.copymode, 'nope', 'b.txt')
attempt('copystat missing', shutil.copystat, 'a.txt', 'nope')

# os.sendfile, which copyfile uses
fin = os.open('a.txt', os.O_RDONLY)
fout = os.open('h.txt', os.O_WRONLY | os.O_CREAT, 0o600)
print(os.sendfile(fout, fin, 10, 5), os.sendfile(fout, fin, None, 3), os.sendfile(out_fd=fout, in_fd=fin, offset=5990, count=100))
os.close(fin)
os.close(fout)
print(repr(open('h.txt').read()))
attempt('sendfile', os.sendfile, 99, 98, None, 3)
attempt('sendfile', os.sendfile, 1, 2, None)
attempt('sendfile', os.sendfile, 1, 2, 'a', 3)

# copyfileobj with a length, between files
with open('a.txt', 'rb') as src, open('g.txt', 'wb') as dst:
    shutil.copyfileobj(src, dst, 7)
print(os.path.getsize('g.txt'))
import io
buf = io.StringIO()
shutil.copyfileobj(io.StringIO('text ' * 5), buf)
print(repr(buf.getvalue()))

# copytree
for d in ('src', 'src/sub', 'src/sub/deeper', 'src/cache'):
    os.mkdir(d)
for f, text in (('src/one.py', '1'), ('src/two.pyc', '2'), ('src/sub/three.py', '3'),
                ('src/sub/deeper/four.txt', '4'), ('src/cache/x', 'x')):
    with open(f, 'w') as fh:
        fh.write(text)
os.symlink('one.py', 'src/ln')
os.symlink('sub', 'src/dirln')
os.symlink('missing', 'src/dangling')
attempt('copytree dangling', shutil.copytree, 'src', 'dst0')
print(tree('dst0'))
print(shutil.copytree('src', 'dst1', symlinks=True))
print(tree('dst1'))
seen = []


def ignore(path, names):
    seen.append((path, sorted(names)))
    return shutil.ignore_patterns('*.pyc', 'cache')(path, names)


print(shutil.copytree('src', 'dst2', ignore=ignore, ignore_dangling_symlinks=True))
print(sorted(seen))
print(tree('dst2'))
attempt('exists', shutil.copytree, 'src', 'dst1')
attempt('exist_ok', shutil.copytree, 'src', 'dst1', symlinks=True, dirs_exist_ok=True, copy_function=shutil.copy)
print(shutil.copytree('src/sub', 'dst1/sub', dirs_exist_ok=True, copy_function=shutil.copy))
calls = []
print(shutil.copytree('src/sub', 'dst3', copy_function=lambda s, d: calls.append((s, d))))
print(calls, os.listdir('dst3'))
attempt('copytree missing', shutil.copytree, 'nosrc', 'dst4')
print(shutil.ignore_patterns('*.py')('.', ['a.py', 'b.txt']))

# rmtree
log = []
shutil.rmtree('dst0')
print(os.path.exists('dst0'))
attempt('rmtree missing', shutil.rmtree, 'dst0')
shutil.rmtree('dst0', ignore_errors=True)
shutil.rmtree('dst0', onerror=lambda fn, p, ei: log.append((fn.__name__, p, ei[0].__name__)))
shutil.rmtree('a.txt', onerror=lambda fn, p, ei: log.append((fn.__name__, p, ei[0].__name__, str(ei[1]))))
os.symlink('dst1', 'treelink')
shutil.rmtree('treelink', onerror=lambda fn, p, ei: log.append((fn.__name__, p, ei[0].__name__, str(ei[1]))))
attempt('rmtree link', shutil.rmtree, 'treelink')
print(log)
print(os.path.isdir('dst1'), shutil.rmtree.avoids_symlink_attacks)
os.symlink(os.path.abspath('a.txt'), 'dst1/outside')
shutil.rmtree('dst1')
print(os.path.exists('dst1'), os.path.exists('a.txt'))
fd = os.open('.', os.O_RDONLY)
shutil.rmtree('dst2', dir_fd=fd)
os.close(fd)
print(os.path.exists('dst2'))
if os.geteuid() != 0:
    os.mkdir('locked')
    open('locked/f', 'w').close()
    os.chmod('locked', 0o500)
    log.clear()
    shutil.rmtree('locked', onerror=lambda fn, p, ei: log.append((fn.__name__, p, ei[0].__name__)))
    print(log)
    os.chmod('locked', 0o700)
    shutil.rmtree('locked')
else:
    print([('unlink', 'locked/f', 'PermissionError'), ('rmdir', 'locked', 'OSError')])

# move
print(shutil.move('b.txt', 'moved.txt'), os.path.exists('b.txt'))
print(shutil.move('moved.txt', 'dir'), sorted(os.listdir('dir')))
open('dir2.txt', 'w').close()
os.mkdir('dir2')
open('dir2/dir2.txt', 'w').close()
attempt('move exists', shutil.move, 'dir2.txt', 'dir2')
attempt('move into itself', shutil.move, 'dir2', 'dir2/inner')
print(shutil.move('dir2', 'dir'), tree('dir'))
attempt('move missing', shutil.move, 'nothing', 'dir')

# which
os.mkdir('bin')
with open('bin/tool', 'w') as f:
    f.write('#!/bin/sh\n')
os.chmod('bin/tool', 0o755)
open('bin/data', 'w').close()
print(shutil.which('tool', path='bin'), shutil.which('data', path='bin'),
      shutil.which('data', mode=os.F_OK, path='bin'), shutil.which('tool', path=''),
      shutil.which('bin/tool'), shutil.which('./bin/data'), shutil.which(b'tool', path='bin'),
      shutil.which('tool', path=os.pathsep.join(['nowhere', 'bin', 'bin'])))
os.environ['PATH'] = os.path.abspath('bin')
print(os.path.basename(shutil.which('tool')), shutil.which('sh'))

# disk_usage, get_terminal_size, chown
du = shutil.disk_usage('.')
print(type(du).__name__, du._fields, du.total >= du.used >= 0, du.free <= du.total)
attempt('du missing', shutil.disk_usage, 'nope')
os.environ['COLUMNS'], os.environ['LINES'] = '99', '33'
print(shutil.get_terminal_size())
os.environ['COLUMNS'], os.environ['LINES'] = 'x', '-1'
print(shutil.get_terminal_size((11, 22)))
attempt('chown', shutil.chown, 'a.txt')
attempt('chown user', shutil.chown, 'a.txt', user='no such user here')
attempt('chown group', shutil.chown, 'a.txt', group='no such group here')
shutil.chown('a.txt', os.getuid(), os.getgid())

# archives
print(shutil.Error.__mro__[1].__name__, issubclass(shutil.SameFileError, shutil.Error),
      issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.RegistryError, Exception))
attempt('make_archive', shutil.make_archive, 'out', 'rar')
attempt('unpack', shutil.unpack_archive, 'thing.unknown')
attempt('unpack format', shutil.unpack_archive, 'thing.zzz', format='zzz')
made = []
shutil.register_archive_format('listing', lambda base, bdir, **kw: made.append((base, bdir, sorted(kw))) or base + '.lst', description='a listing')
print([f for f in shutil.get_archive_formats() if f[0] == 'listing'])
print(os.path.basename(shutil.make_archive('out', 'listing', root_dir='dir')), made[-1][1:], os.getcwd() == top)
shutil.unregister_archive_format('listing')
attempt('register', shutil.register_archive_format, 'x', 42)
attempt('register', shutil.register_archive_format, 'x', print, extra_args=5)
shutil.register_unpack_format('lst', ['.lst'], lambda f, d, **kw: print('unpack', f, os.path.basename(d), kw), [('level', 1)])
shutil.unpack_archive('x.lst', 'there')
attempt('register twice', shutil.register_unpack_format, 'lst2', ['.lst'], print)
shutil.unregister_unpack_format('lst')
os.chdir('/')
shutil.rmtree(top)
print(os.path.exists(top))
