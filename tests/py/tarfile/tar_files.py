# tarfile on disk: add() with recursion and filters, gzip files and streams, extractall
# with the 3.11 filters, append mode, errors; shutil's tar formats.
import io
import os
import shutil
import tarfile
import tempfile
import time

os.environ['TZ'] = 'UTC'
time.tzset()
tmp = tempfile.mkdtemp()
os.chdir(tmp)
os.makedirs('src/pkg/deep')
for path, text in (('src/a.txt', 'alpha\n'), ('src/pkg/b.py', 'print(1)\n'),
                   ('src/pkg/deep/c.bin', 'x' * 5000), ('src/.hidden', 'h')):
    with open(path, 'w') as f:
        f.write(text)
os.chmod('src/pkg/b.py', 0o755)
os.symlink('a.txt', 'src/link')
os.link('src/a.txt', 'src/hard')
for root, dirs, files in os.walk('src'):
    for n in dirs + files:
        os.utime(os.path.join(root, n), (1600000000, 1600000000), follow_symlinks=False)
os.utime('src', (1600000000, 1600000000))


def show(tf):
    for m in tf:
        print(' ', m.name, m.type, oct(m.mode), m.size, m.mtime, m.linkname)


def no_hidden(info):
    if os.path.basename(info.name).startswith('.'):
        return None
    info.uid = info.gid = 0
    info.uname = info.gname = 'root'
    return info


for mode in ('w', 'w:gz', 'w|', 'w|gz', 'x:'):
    name = 'out.tar' + ('.gz' if 'gz' in mode else '')
    if os.path.exists(name):
        os.remove(name)
    with tarfile.open(name, mode) as tf:
        tf.add('src', filter=no_hidden)
        tf.add('src/a.txt', arcname='renamed.txt', filter=no_hidden)
        tf.add('src/pkg', arcname='flat', recursive=False, filter=no_hidden)
    print(mode, tarfile.is_tarfile(name))
    for rmode in ('r', 'r:*', 'r|*', 'r:gz' if 'gz' in mode else 'r:'):
        with tarfile.open(name, rmode) as tf:
            names = tf.getnames() if '|' not in rmode else [m.name for m in tf]
        print(' ', rmode, names)
with tarfile.open('out.tar.gz') as tf:
    show(tf)
    tf.list()
    print(tf.extractfile('src/pkg/deep/c.bin').read()[:5])

# stream reading: members one by one, no going back
with open('out.tar.gz', 'rb') as raw:
    with tarfile.open(fileobj=raw, mode='r|gz') as tf:
        m = tf.next()
        print(m.name, tf.next().name)
        try:
            tf.extractfile(tf.getmember('src'))
            tf.getmembers()
            tf.extractfile('src/a.txt').read()
        except tarfile.StreamError as e:
            print('StreamError', e)

# extraction with the filters
for flt in ('data', 'tar', 'fully_trusted', None):
    dest = 'dest-%s' % flt
    with tarfile.open('out.tar') as tf:
        tf.extractall(dest, filter=flt)
    for root, dirs, files in os.walk(dest):
        dirs.sort()
        for n in sorted(dirs + files):
            p = os.path.join(root, n)
            st = os.lstat(p)
            if os.path.islink(p):
                print(' ', os.path.relpath(p, dest), oct(st.st_mode), '->', os.readlink(p))
            else:
                print(' ', os.path.relpath(p, dest), oct(st.st_mode), int(st.st_mtime))

evil = io.BytesIO()
with tarfile.open(fileobj=evil, mode='w') as tf:
    for name, kind, link in (('/abs.txt', tarfile.REGTYPE, ''), ('../up.txt', tarfile.REGTYPE, ''),
                             ('l1', tarfile.SYMTYPE, '/etc/passwd'), ('l2', tarfile.SYMTYPE, '../../x'),
                             ('dev', tarfile.CHRTYPE, ''), ('setuid', tarfile.REGTYPE, '')):
        info = tarfile.TarInfo(name)
        info.type = kind
        info.linkname = link
        info.mode = 0o4777
        tf.addfile(info)
for name in ('/abs.txt', '../up.txt', 'l1', 'l2', 'dev', 'setuid'):
    for flt in ('data', 'tar'):
        evil.seek(0)
        with tarfile.open(fileobj=evil) as tf:
            try:
                tf.extract(name, 'safe', filter=flt)
                print(flt, name, 'extracted', oct(os.lstat(os.path.join('safe', name.lstrip('/'))).st_mode))
            except tarfile.FilterError as e:
                print(flt, type(e).__name__, str(e).replace(tmp, 'TMP'))
with tarfile.open(fileobj=io.BytesIO(evil.getvalue())) as tf:
    try:
        tf.extractall('safe', filter='nope')
    except ValueError as e:
        print('ValueError', e)
    tf.extraction_filter = 'data'
    try:
        tf.extractall('safe')
    except TypeError as e:
        print('TypeError', e)
    tf.errorlevel = 0
    tf.extraction_filter = tarfile.data_filter
    tf.extractall('safe2')
    print(sorted(os.listdir('safe2')))

# append
with tarfile.open('app.tar', 'a') as tf:
    tf.add('src/a.txt', arcname='one')
with tarfile.open('app.tar', 'a') as tf:
    tf.add('src/a.txt', arcname='two')
with tarfile.open('app.tar') as tf:
    print(tf.getnames(), os.path.getsize('app.tar'))

# errors
with open('junk', 'wb') as f:
    f.write(b'not a tar file' * 100)
open('empty', 'wb').close()
# (bz2 and xz are left out: gopy has neither module, its errors are CPython's without them)
for path, mode in (('junk', 'r:'), ('junk', 'r:gz'), ('empty', 'r:'), ('junk', 'r:zz'), ('junk', 'q'), ('junk', 'r|zz'),
                   ('junk', 'a:gz'), ('nothere.tar', 'r:')):
    try:
        tarfile.open(path, mode)
    except (tarfile.TarError, ValueError, OSError) as e:
        print(path, mode, type(e).__name__, str(e).splitlines()[0])
try:
    tarfile.open('junk')
except tarfile.ReadError as e:
    print('ReadError', str(e).splitlines()[:2], str(e).splitlines()[-1])
print(tarfile.is_tarfile('junk'), tarfile.is_tarfile(io.BytesIO(open('out.tar', 'rb').read())))
try:
    tarfile.open()
except ValueError as e:
    print('ValueError', e)
tf = tarfile.open('out.tar')
tf.close()
try:
    tf.getmembers()
except OSError as e:
    print('OSError', e)
with tarfile.open('w.tar', 'w') as tf:
    try:
        tf.extractfile('x')
    except OSError as e:
        print('OSError', e)
whole = io.BytesIO()
with tarfile.open(fileobj=whole, mode='w') as tf:
    tf.add('src/pkg/deep/c.bin', 'c.bin')
with tarfile.open(fileobj=io.BytesIO(whole.getvalue()[:3000])) as tf:
    try:
        print(tf.getnames())
        tf.extractall('trunc')
    except tarfile.ReadError as e:
        print('ReadError', e)

# shutil's tar formats
for fmt in ('tar', 'gztar'):
    name = shutil.make_archive('arch-' + fmt, fmt, root_dir='src', base_dir='pkg')
    print(fmt, os.path.basename(name))
    shutil.unpack_archive(name, 'un-' + fmt)
    print(sorted(os.listdir('un-' + fmt + '/pkg')), open('un-' + fmt + '/pkg/b.py').read())
    with tarfile.open(name) as tf:
        print([(m.name, m.uname) for m in tf])
print([n for n, _ in shutil.get_archive_formats() if n in ('tar', 'gztar', 'zip')])
print([f for f in shutil.get_unpack_formats() if f[0] in ('tar', 'gztar')])
