import mmap
import multiprocessing
import os
import tempfile


def child(path):
    with open(path, 'r+b') as f, mmap.mmap(f.fileno(), 0) as m:
        m[0:5] = b'CHILD'
        m.flush()


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


if __name__ == '__main__':
    m = mmap.mmap(-1, 13)
    print(repr(m), len(m), m.closed)
    m.write(b'Hello world!')
    print(m.tell(), m[:], m[0], m[-1], m[6:11], m[::3], list(m)[:3])
    m.seek(0)
    print(m.read(5), m.read_byte(), m.tell(), m.readline(), m.read())
    m[0] = 104
    m[6:11] = b'WORLD'
    m[1:5:2] = b'EL'
    print(m[:], m.find(b'o'), m.find(b'WORLD'), m.find(b'zz'), m.rfind(b'l'), m.find(b'l', -6), m.find(b'h', 1))
    m.seek(0)
    print(m.find(b'l'), m.find(b'l', 3, 4))
    m.move(0, 6, 5)
    print(m[:])
    m.seek(-1, 2)
    m.write_byte(33)
    print(m[:], m.tell())
    m.seek(2)
    m.seek(3, 1)
    print(m.tell())
    for f, args in [(m.__getitem__, (13,)), (m.__getitem__, ('a',)), (m.__setitem__, (0, 256)),
                    (m.__setitem__, (0, 'a')), (m.__setitem__, (slice(0, 2), b'abc')),
                    (m.__delitem__, (0,)), (m.seek, (14,)), (m.seek, (-1,)), (m.write, (b'x' * 20,)),
                    (m.write_byte, (300,)), (m.move, (0, 10, 5)), (m.flush, (10, 5)), (m.size, ()),
                    (mmap.mmap, (-1, -1)), (mmap.mmap, (-1, 5, 1, 3, 9)),
                    (mmap.mmap, (-1, 1, 1, 3, 0, -1))]:
        attempt(f, *args)
    m.seek(13)
    attempt(m.read_byte)
    attempt(m.write_byte, 1)
    print(m.read(), m.read(3))
    m.resize(20)
    print(len(m), m[:13])
    with m:
        pass
    print(m.closed, repr(m))
    attempt(m.read)
    attempt(len, m)
    m.close()

    d = tempfile.mkdtemp()
    path = os.path.join(d, 'data.bin')
    with open(path, 'wb') as f:
        f.write(b'0123456789' * 3)
    with open(path, 'r+b') as f:
        fm = mmap.mmap(f.fileno(), 0)
    print(len(fm), fm.size(), fm[:10], repr(fm).replace('ACCESS_DEFAULT', 'DEFAULT'))
    fm[0:4] = b'abcd'
    fm.flush()
    with open(path, 'rb') as f:
        print(f.read(12))
    fm.resize(40)
    fm[30:40] = b'x' * 10
    fm.close()
    print(os.path.getsize(path))
    with open(path, 'rb') as f:
        ro = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_READ, offset=mmap.ALLOCATIONGRANULARITY * 0)
        print(ro[:], repr(ro))
        attempt(ro.__setitem__, 0, 1)
        attempt(ro.write, b'a')
        attempt(ro.resize, 5)
        ro.close()
        cp = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
        cp[0:3] = b'COW'
        print(cp[:6], open(path, 'rb').read(6))
        cp.close()
        attempt(mmap.mmap, f.fileno(), 100)
        attempt(mmap.mmap, f.fileno(), 0, access=9)
        attempt(mmap.mmap, f.fileno(), 0, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ)
        attempt(mmap.mmap, f.fileno(), 0, offset=100)
    with open(os.path.join(d, 'empty'), 'wb') as f:
        pass
    with open(os.path.join(d, 'empty'), 'rb') as f:
        attempt(mmap.mmap, f.fileno(), 0)

    # another process sees the file's mapping change
    p = multiprocessing.Process(target=child, args=(path,))
    p.start()
    p.join()
    with open(path, 'r+b') as f, mmap.mmap(f.fileno(), 0) as shared:
        print(p.exitcode, shared[:10])
    import pickle
    attempt(pickle.dumps, mmap.mmap(-1, 1))
    print(mmap.PAGESIZE > 0, mmap.ACCESS_COPY, mmap.MAP_SHARED, mmap.PROT_READ, mmap.error is OSError)
