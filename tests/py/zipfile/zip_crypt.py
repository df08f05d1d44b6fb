# zipfile reads members under traditional PKWARE encryption: pwd= and setpassword, bad and
# missing passwords, stored and deflated members. The archive is built here byte by byte
# (zipfile writes no encrypted members), with the cipher written out from APPNOTE 6.1.
import binascii
import io
import struct
import zipfile
import zlib


def crc_byte(crc, b):
    return binascii.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


class Cipher:
    def __init__(self, password):
        self.k = [305419896, 591751049, 878082192]
        for b in password:
            self.update(b)

    def update(self, b):
        k = self.k
        k[0] = crc_byte(k[0], b)
        k[1] = ((k[1] + (k[0] & 255)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = crc_byte(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            t = self.k[2] | 2
            out.append(b ^ (((t * (t ^ 1)) >> 8) & 255))
            self.update(b)
        return bytes(out)


def build(entries):
    body, central = b'', b''
    for name, data, password, method in entries:
        crc = zlib.crc32(data)
        if method == zipfile.ZIP_DEFLATED:
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            stored = c.compress(data) + c.flush()
        else:
            stored = data
        flags = 0
        if password is not None:
            flags = 1
            head = bytes(range(11)) + bytes([crc >> 24])
            stored = Cipher(password).encrypt(head + stored)
        raw = name.encode()
        fields = (20, 0, flags, method, 0x6000, 0x5021, crc, len(stored), len(data))
        local = b'PK\x03\x04' + struct.pack('<2B4HL2L2H', *fields, len(raw), 0)
        central += b'PK\x01\x02' + struct.pack('<4B4HL2L5H2L', 20, 3, *fields, len(raw),
                                               0, 0, 0, 0, 0o644 << 16, len(body))
        central += raw
        body += local + raw + stored
    end = struct.pack('<4s4H2LH', b'PK\x05\x06', 0, 0, len(entries), len(entries),
                      len(central), len(body), 0)
    return body + central + end


text = b'secret text\n' * 20
data = build([('plain.txt', b'open', None, 0),
              ('stored.txt', text, b'pw', 0),
              ('deflated.txt', text, b'pw', zipfile.ZIP_DEFLATED),
              ('other.txt', b'abc', b'another', 0)])
zf = zipfile.ZipFile(io.BytesIO(data))
# (compressed sizes differ: gopy's deflate is Go's, see zlib)
print([(i.filename, i.flag_bits, i.file_size) for i in zf.infolist()])
print(zf.read('plain.txt'), zf.read('plain.txt', pwd=b'ignored'))
for name, pwd in (('stored.txt', b'pw'), ('deflated.txt', b'pw'), ('stored.txt', None),
                  ('stored.txt', b'wrong'), ('other.txt', b'pw'), ('other.txt', b'another'),
                  ('stored.txt', 'pw')):
    try:
        got = zf.read(name, pwd=pwd)
        print(name, pwd, len(got), got[:12])
    except (RuntimeError, TypeError) as e:
        print(name, pwd, type(e).__name__, e)
zf.setpassword(b'pw')
print(zf.read('deflated.txt') == text, zf.open('stored.txt').read(5))
try:
    zf.read('other.txt')
except RuntimeError as e:
    print('RuntimeError', e)
print(zf.read('other.txt', pwd=b'another'))
try:
    zf.setpassword('pw')
except TypeError as e:
    print('TypeError', e)
zf.setpassword(None)
print(zf.pwd)
with zf.open('stored.txt', pwd=b'pw') as f:
    print(f.readline(), f.read(3), f.tell())
zf.close()
