# hashlib: every algorithm gives python3's digests for inputs around its block size, fed
# at once or in pieces; copy() is independent; shake's any-length output; hmac over every
# digest.
import hashlib
import hmac

data = bytes(range(256)) * 400
lengths = [0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 135, 136, 137, 143, 144, 167, 168, 169, 1000, 100000]
for name in sorted(hashlib.algorithms_available):
    out = []
    for n in lengths:
        h = hashlib.new(name, data[:n])
        d = h.hexdigest(20) if name.startswith('shake') else h.hexdigest()
        out.append(d[:16])
        pieces = hashlib.new(name)
        for i in range(0, n, 37):
            pieces.update(data[i:min(n, i + 37)])
        assert pieces.digest(20) if name.startswith('shake') else pieces.digest() == h.digest(), (name, n)
    print(name, ' '.join(out))

h = hashlib.sha256(b'abc')
c = h.copy()
c.update(b'def')
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b'abcdef').hexdigest() == c.hexdigest())
s = hashlib.shake_256(b'x')
print(s.hexdigest(1), s.hexdigest(33), len(s.digest(1000)), s.copy().digest(4))
b = hashlib.blake2b(b'abc', digest_size=16, key=b'k')
b2 = b.copy()
b2.update(b'd')
print(b.hexdigest(), b2.hexdigest(), b.digest_size, b.block_size, b.name, hashlib.blake2s().hexdigest())
for name in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', 'blake2s', 'sm3', 'ripemd160', 'md5-sha1']:
    for key in [b'', b'key', b'k' * 200]:
        m = hmac.new(key, b'message', name)
        m2 = m.copy()
        m2.update(b'!')
        print(name, len(key), m.hexdigest()[:20], m2.hexdigest()[:20], m.name, m.digest_size, m.block_size, hmac.digest(key, b'message', name) == m.digest())
print(hmac.new(b'k', b'm', hashlib.sha224).hexdigest(), hmac.new(bytearray(b'k'), digestmod=hashlib.blake2s).hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('abc', 'abc'), hmac.compare_digest(bytearray(b'x'), b'x'))
print(hashlib.pbkdf2_hmac('sha512', b'password', b'salt', 4096, 100).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex(), hashlib.pbkdf2_hmac('sha256', memoryview(b'pw'), bytearray(b'salt'), 1, None).hex())
print(hashlib.scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16, dklen=64).hex())
print(hashlib.scrypt(b'', salt=b'', n=16, r=1, p=1, dklen=16).hex())
