# hashlib and hmac: argument checks and error messages, names, sizes and the parameter
# checks of blake2, pbkdf2_hmac and scrypt, as CPython 3.11 with OpenSSL.
import hashlib, hmac
tests = ["hashlib.new('foo')", "hashlib.new()", "hashlib.new(b'md5')", "hashlib.md5('abc')", "hashlib.md5(1)", "hashlib.md5(b'a', b'b')", "hashlib.md5(string=b'a').hexdigest()", "hashlib.md5(data=b'a')",
 "hashlib.md5().update('x')", "hashlib.md5().update()", "hashlib.shake_128(b'a').digest()", "hashlib.shake_128(b'a').digest(-1)", "hashlib.shake_128(b'a').hexdigest(0)",
 "hashlib.blake2b(digest_size=0)", "hashlib.blake2b(digest_size=65)", "hashlib.blake2b(key=b'x'*65)", "hashlib.blake2b(salt=b'x'*17)", "hashlib.blake2b(person=b'x'*17)", "hashlib.blake2s(salt=b'x'*9)",
 "hashlib.blake2b(fanout=256)", "hashlib.blake2b(fanout=-1)", "hashlib.blake2b(depth=0)", "hashlib.blake2b(leaf_size=-1)", "hashlib.blake2b(leaf_size=2**32)", "hashlib.blake2b(node_offset=-1)", "hashlib.blake2s(node_offset=2**48)",
 "hashlib.blake2b(node_depth=256)", "hashlib.blake2b(inner_size=65)", "hashlib.blake2b(b'a', b'b')", "hashlib.blake2b('s')", "hashlib.blake2b(foo=1)", "hashlib.blake2b(data=b'x').hexdigest()", "hashlib.blake2b(string=b'x')",
 "hashlib.pbkdf2_hmac('sha256', b'p', b's', 0)", "hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0)", "hashlib.pbkdf2_hmac('foo', b'p', b's', 1)", "hashlib.pbkdf2_hmac('sha256', 'p', b's', 1)", "hashlib.pbkdf2_hmac('sha256', b'p', b's', 2**40)",
 "hashlib.pbkdf2_hmac('sha256', b'p', b's', 1000).hex()", "hashlib.pbkdf2_hmac('sha1', b'p', b's', 10, 50).hex()", "hashlib.pbkdf2_hmac(hash_name='md5', password=b'p', salt=b's', iterations=3).hex()",
 "hashlib.scrypt(b'p')", "hashlib.scrypt(b'p', salt=b's')", "hashlib.scrypt(b'p', salt=b's', n=3, r=8, p=1)", "hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=1).hex()", "hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=1, dklen=0)",
 "hashlib.scrypt(b'p', salt=b's', n=2**20, r=8, p=1)", "hashlib.scrypt('p', salt=b's', n=16, r=1, p=1)", "hashlib.scrypt(b'p', b's', n=16, r=1, p=1)", "hashlib.scrypt(b'p', salt=b's', n=16, r=0, p=1)",
 "hmac.new(b'k')", "hmac.new('k', digestmod='md5')", "hmac.new(b'k', digestmod='foo')", "hmac.new(b'k', 'msg', 'md5')", "hmac.digest(b'k', b'm', 'sha1').hex()", "hmac.compare_digest('a', b'a')", "hmac.compare_digest('a', 'a')", "hmac.compare_digest(b'a', b'b')",
 "hmac.compare_digest('é', 'é')", "hmac.new(b'k', digestmod=hashlib.sha512).hexdigest()", "hmac.new(b'k', digestmod=lambda: hashlib.sha1()).name", "hmac.HMAC(b'k', digestmod='sha256').block_size",
 "hashlib.file_digest(None, 'sha1')", "hashlib.md5().copy().name", "hashlib.sha3_512(b'a').block_size", "hashlib.new('md5-sha1', b'a').hexdigest()", "hashlib.new('sm3', b'abc').hexdigest()", "hashlib.new('ripemd160', b'abc').hexdigest()",
 "hashlib.new('sha512_224', b'abc').hexdigest()", "hashlib.new('MD5', b'abc').name", "hashlib.new('blake2b', b'a', digest_size=10).hexdigest()", "hashlib.new('shake_256', b'a').digest(10).hex()", "hashlib.new('sha256', data=b'a').hexdigest()", "hashlib.new('sha256', string=b'a').hexdigest()",
 "[hashlib.new(n).digest_size for n in sorted(hashlib.algorithms_available)]", "[hashlib.new(n).block_size for n in sorted(hashlib.algorithms_available)]", "[hashlib.new(n).name for n in sorted(hashlib.algorithms_available)]",
 "hashlib.md5(memoryview(b'abc')).hexdigest()", "hashlib.md5(bytearray(b'abc')).hexdigest()", "hashlib.md5(usedforsecurity=False).hexdigest()", "hashlib.blake2s(b'abc', key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6, inner_size=7, last_node=True).hexdigest()",
 "hashlib.blake2b(b'abc', key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6, inner_size=7, last_node=True).hexdigest()", "hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE", "hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE",
 "import pickle; pickle.dumps(hashlib.md5())", "pickle.dumps(hashlib.blake2b())", "hashlib.md5.__name__", "hashlib.sha256.__module__", "type(hashlib.md5()).__name__", "type(hashlib.md5()).__module__", "hashlib._hashlib.HASH()", "hashlib.blake2b().copy().hexdigest()[:10]"]
for t in tests:
    try:
        if t.startswith('import'):
            exec(t); print(t, 'ok'); continue
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
