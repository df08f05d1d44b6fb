# hashlib.file_digest over a binary file and a BytesIO; hash objects are not picklable;
# hashlib works in a Pool worker.
import hashlib
import io
import os
import pickle
from multiprocessing import Pool


def work(args):
    name, data = args
    return hashlib.new(name, data).hexdigest()


if __name__ == '__main__':
    p = 'files_%d.tmp' % os.getpid()
    try:
        with open(p, 'wb') as f:
            f.write(b'hello world' * 10000)
        with open(p, 'rb') as f:
            print(hashlib.file_digest(f, 'sha256').hexdigest())
        with open(p, 'rb') as f:
            print(hashlib.file_digest(f, hashlib.md5).hexdigest())
    finally:
        os.unlink(p)
    print(hashlib.file_digest(io.BytesIO(b'abc'), 'sha1').hexdigest())
    for bad in [hashlib.md5(), hashlib.blake2b(), hashlib.shake_128()]:
        try:
            pickle.dumps(bad)
        except TypeError as e:
            print(e)
    with Pool(2) as pool:
        print(pool.map(work, [('md5', b'a'), ('sha3_512', b'b'), ('blake2s', b'c')]))
