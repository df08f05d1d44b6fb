# tarfile: writing and reading ustar, GNU and pax archives, TarInfo attributes, list().
import hashlib
import io
import os
import tarfile
import tempfile
import time

os.environ['TZ'] = 'UTC'
time.tzset()
tmp = tempfile.mkdtemp()
os.chdir(tmp)


def member(name, data=b'', **attrs):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1700000000
    for k, v in attrs.items():
        setattr(info, k, v)
    return info, io.BytesIO(data)


def build(fmt):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=fmt) as tf:
        tf.addfile(*member('hello.txt', b'hello world\n', uname='alice', gname='staff', uid=1000, gid=100))
        d = tarfile.TarInfo('sub')
        d.type = tarfile.DIRTYPE
        d.mode = 0o755
        tf.addfile(d)
        tf.addfile(*member('sub/' + 'long' * 40 + '.bin', bytes(range(256)) * 3))
        link = tarfile.TarInfo('sub/link')
        link.type = tarfile.SYMTYPE
        link.linkname = '../hello.txt'
        tf.addfile(link)
        hard = tarfile.TarInfo('hard')
        hard.type = tarfile.LNKTYPE
        hard.linkname = 'hello.txt'
        tf.addfile(hard)
        if fmt == tarfile.PAX_FORMAT:
            tf.addfile(*member('ünïcode.txt', b'x', mtime=1700000000.5))
        if fmt == tarfile.GNU_FORMAT:
            tf.addfile(*member('big-uid', b'', uid=8 ** 8))
    return buf.getvalue()


for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    try:
        data = build(fmt)
    except ValueError as e:
        print(fmt, 'ValueError', e)
        continue
    print(fmt, len(data), hashlib.sha256(data).hexdigest()[:16])
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        for m in tf.getmembers():
            print(' ', repr(m.name), m.size, oct(m.mode), m.type, m.linkname, m.uid, m.gid,
                  m.uname, m.gname, m.mtime, m.offset, m.offset_data, m.isfile(), m.isdir(),
                  m.issym(), m.islnk(), sorted(m.pax_headers.items()))
        print(tf.getnames())
        tf.list(verbose=False)
        tf.list()
        f = tf.extractfile('hello.txt')
        print(f.read(), f.tell(), f.seek(6), f.read(5), type(f).__name__)
        print(tf.extractfile('sub/link').read(), tf.extractfile('hard').read())
        print(tf.extractfile('sub'))
        try:
            tf.getmember('nope')
        except KeyError as e:
            print('KeyError', e)

# ustar refuses what it cannot hold
for name in ('x' * 101, 'd' * 160 + '/' + 'f'):
    try:
        tarfile.TarInfo(name).tobuf(tarfile.USTAR_FORMAT)
        print('ok', len(name))
    except ValueError as e:
        print('ValueError', e)
print(len(tarfile.TarInfo('a/' * 60 + 'b').tobuf(tarfile.USTAR_FORMAT)))
info = tarfile.TarInfo('n')
info.mode = None
try:
    info.tobuf()
except ValueError as e:
    print('ValueError', e)
print(tarfile.TarInfo('q').get_info())
ti = tarfile.TarInfo('p')
print(ti.path, ti.linkpath == '', ti.isreg(), ti.issparse(), ti.isdev())
r = ti.replace(name='renamed', mode=0o600)
print(r.name, oct(r.mode), ti.name)
try:
    ti.whatever = 1
except AttributeError as e:
    print('AttributeError')
hdr = tarfile.TarInfo('x').tobuf(tarfile.GNU_FORMAT)
back = tarfile.TarInfo.frombuf(hdr, 'utf-8', 'surrogateescape')
print(back.name, back.chksum, back.type)
bad = bytearray(hdr)
bad[0] = ord('y')
try:
    tarfile.TarInfo.frombuf(bytes(bad), 'utf-8', 'strict')
except tarfile.HeaderError as e:
    print(type(e).__name__, e)
for buf in (b'', b'x' * 100, bytes(512)):
    try:
        tarfile.TarInfo.frombuf(buf, 'utf-8', 'strict')
    except tarfile.HeaderError as e:
        print(type(e).__name__, e)
print(tarfile.itn(-5, 8, tarfile.GNU_FORMAT), tarfile.nti(tarfile.itn(8 ** 11, 12, tarfile.GNU_FORMAT)))
print(tarfile.TarInfo.create_pax_global_header({'comment': 'hi'})[512:540])
