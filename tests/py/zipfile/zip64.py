# zipfile's ZIP64 records: members, offsets and entry counts past the limits (the limits
# lowered, as CPython's own tests do), force_zip64, allowZip64=False, reading them back.
import hashlib
import io
import zipfile


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


def members(data):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            print(' ', info.filename, info.file_size, info.compress_size, info.header_offset,
                  info.extract_version, info.create_version, info.extra.hex(),
                  zf.read(info) == payload.get(info.filename))
        print(' ', zf.testzip())


payload = {'small': b'abc', 'big': b'x' * 3000, 'after': b'tail' * 10}
stamp = (2020, 5, 17, 12, 30, 4)

# force_zip64 on a small member: the local header carries a ZIP64 field.
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    with zf.open(zipfile.ZipInfo('small', stamp), 'w', force_zip64=True) as f:
        f.write(payload['small'])
print('forced', len(buf.getvalue()), digest(buf.getvalue()))
members(buf.getvalue())

saved = zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT
zipfile.ZIP64_LIMIT = 1000
zipfile.ZIP_FILECOUNT_LIMIT = 4
try:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as zf:
        for name in ('small', 'big', 'after'):
            zf.writestr(zipfile.ZipInfo(name, stamp), payload[name])
    data = buf.getvalue()
    print('sizes', len(data), digest(data), data[-98:-22][:4])
    members(data)

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as zf:
        for i in range(6):
            zf.writestr(zipfile.ZipInfo('n%d' % i, stamp), b'%d' % i)
    data = buf.getvalue()
    print('count', len(data), digest(data))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        print(' ', zf.namelist(), [zf.read(n) for n in zf.namelist()])
    grown = io.BytesIO(data)
    with zipfile.ZipFile(grown, 'a') as zf:
        zf.writestr(zipfile.ZipInfo('n6', stamp), b'6')
    print(' ', digest(grown.getvalue()))
    with zipfile.ZipFile(grown) as zf:
        print(' ', zf.namelist()[-2:], zf.read('n6'))

    for body in (b'y' * 2000, b'y' * 10):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', allowZip64=False) as zf:
            try:
                zf.writestr(zipfile.ZipInfo('big', stamp), body)
                for i in range(5):
                    zf.writestr('m%d' % i, b'')
            except zipfile.LargeZipFile as e:
                print('LargeZipFile', e)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as zf:
        with zf.open('grow', 'w') as f:
            try:
                f.write(b'z' * 5000)
                f.close()
            except RuntimeError as e:
                print('RuntimeError', e)
finally:
    zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = saved

bad = bytearray(buf.getvalue())
info = zipfile.ZipInfo('q')
info.extra = b'\x01\x00\x04\x00abcd'
info.file_size = 0xFFFFFFFF
try:
    info._decodeExtra()
except zipfile.BadZipFile as e:
    print('BadZipFile', e)
info.extra = b'\x01\x00\x20\x00ab'
try:
    info._decodeExtra()
except zipfile.BadZipFile as e:
    print('BadZipFile', e)
