# Single-byte codecs, the escape codecs, punycode, the bytes-to-bytes and rot13 codecs,
# and codecs.register seen by str.encode, bytes.decode and str().
import codecs
def t(f):
    try: print(ascii(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: 'abc'.encode('rot13')); t(lambda: b'ab'.decode('hex')); t(lambda: codecs.encode('abc','rot13')); t(lambda: codecs.encode(b'abc','hex')); t(lambda: codecs.decode(b'616263','hex'))
t(lambda: codecs.encode(b'abc','base64')); t(lambda: codecs.decode(b'YWJj\n','base64')); t(lambda: codecs.decode(codecs.encode(b'abc','zlib'),'zlib'))
t(lambda: codecs.decode(b'61626','hex')); t(lambda: codecs.decode(b'zz','base64')); t(lambda: codecs.encode('abc','hex'))
t(lambda: codecs.lookup('hex').name); t(lambda: codecs.lookup('base64').name); t(lambda: codecs.lookup('zlib').name); t(lambda: codecs.lookup('rot13').name)
t(lambda: codecs.lookup('cp1252').name); t(lambda: codecs.lookup('latin2').name); t(lambda: '\xe9\u20ac'.encode('cp1252')); t(lambda: b'\x81'.decode('cp1252')); t(lambda: '\u0100'.encode('cp1252'))
t(lambda: '\u0100ab\u0101'.encode('cp1252', 'replace')); t(lambda: b'a\x81\x8db'.decode('windows-1252', 'backslashreplace')); t(lambda: 'привет'.encode('koi8-r')); t(lambda: b'\xd0\xd2'.decode('KOI8_R'))
t(lambda: 'Ünïcödé'.encode('mac_roman')); t(lambda: 'Ünïcödé'.encode('macintosh')); t(lambda: '╔═╗'.encode('cp437')); t(lambda: bytes(range(256)).decode('iso8859-15')[160:170]); t(lambda: 'abc'.encode('cp037')); t(lambda: b'\x81\x82'.decode('cp500'))
t(lambda: codecs.encode('ab\u1234\n\\x\'"\x7f\xe9\U0001f600', 'unicode_escape')); t(lambda: codecs.decode(b'a\\x41\\u1234\\n\\N{BULLET}\\101\\\n\\N{alert}', 'unicode_escape'))
for bad in [b'\\x4', b'\\x4g', b'\\u12', b'\\U0011ffff', b'\\N{foo}', b'\\N', b'\\N{', b'\\N{}', b'ab\\']:
    t(lambda: codecs.decode(bad, 'unicode_escape'))
    t(lambda: codecs.decode(bad, 'unicode_escape', 'replace'))
t(lambda: codecs.encode('ab\u1234\xe9\U0001f600', 'raw_unicode_escape')); t(lambda: codecs.decode(b'a\\u1234\\x41\\\\u1234\\\\\\u0041', 'raw_unicode_escape'))
for bad in [b'\\u12', b'\\U0011ffff', b'\\U1234']:
    t(lambda: codecs.decode(bad, 'raw_unicode_escape'))
t(lambda: 'a\u1234'.encode('unicode_escape')); t(lambda: b'\\u1234'.decode('unicode-escape')); t(lambda: b'\\u1234'.decode('raw-unicode-escape'))
for w in ['bücher', 'München', 'ü', 'abc', '', 'ほげ', '\U0001f600x']:
    t(lambda: codecs.encode(w, 'punycode')); t(lambda: codecs.decode(codecs.encode(w, 'punycode'), 'punycode'))
t(lambda: codecs.decode(b'bcher-kva!', 'punycode')); t(lambda: codecs.decode(b'bcher-kv', 'punycode'))
class R:
    pass
def search(name):
    if name == 'upper_x':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)), lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='upper-x')
    if name == 'bad_x':
        return codecs.CodecInfo(lambda s, e='strict': ('no', len(s)), lambda b, e='strict': (b'no', len(b)), name='bad-x')
codecs.register(search)
t(lambda: 'abc'.encode('upper-x')); t(lambda: b'ABC'.decode('upper_x')); t(lambda: str(b'ABC', 'upper x')); t(lambda: bytes('abc', 'upper-x'))
t(lambda: 'abc'.encode('bad-x')); t(lambda: b'abc'.decode('bad-x')); t(lambda: 'abc'.encode('nonexistent'))
t(lambda: codecs.getincrementaldecoder('cp1252')().decode(b'\x80')); t(lambda: codecs.lookup('cp1252').incrementalencoder.__module__)
t(lambda: list(codecs.iterdecode([b'\xe9', b'a'], 'latin2')))
