# pickle.dump/load and Pickler/Unpickler on binary files from open(): successive pickles in one
# file at every protocol load one by one without over-reading, then EOFError; truncated and
# forged-length files; objects that are not files.
import pickle, os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'x.pkl')
objs = [None, [1, 2, {'a': (3, 4.5)}], 'x' * 70000, list(range(3000)), b'bytes', {1, 2}]
for p in range(6):
    with open(path, 'wb') as f:
        for o in objs:
            pickle.dump(o, f, p)
        pickle.Pickler(f, p).dump('via Pickler')
    with open(path, 'rb') as f:
        data = f.read()
    print(p, len(data), data == b''.join(pickle.dumps(o, p) for o in objs + ['via Pickler']))
    with open(path, 'rb') as f:
        out = [pickle.load(f) for _ in objs]
        u = pickle.Unpickler(f)
        out.append(u.load())
        print(out[0], out[1], len(out[2]), len(out[3]), out[4:])
        try:
            pickle.load(f)
        except EOFError as e:
            print('EOFError', e)
        print(f.read() == b'')
with open(path, 'wb') as f:
    f.write(b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.')
with open(path, 'rb') as f:
    try: print(pickle.load(f))
    except Exception as e: print(type(e).__name__, e)
with open(path, 'wb') as f:
    f.write(b'(lp0\nI1\n')
with open(path, 'rb') as f:
    try: print(pickle.load(f))
    except Exception as e: print(type(e).__name__, e)
with open(path, 'wb') as f:
    f.write(b'\x80\x04\x8e\xff\xff\xff\xff\xff\xff\x00\x00.')
with open(path, 'rb') as f:
    try: print(pickle.load(f))
    except Exception as e: print(type(e).__name__, e)
with open(path, 'wb') as f:
    f.write(b'X\xff\xff\xff\x7fabc')
with open(path, 'rb') as f:
    try: print(pickle.load(f))
    except Exception as e: print(type(e).__name__, e)
try:
    pickle.dump(1, 'notafile')
except Exception as e: print(type(e).__name__, e)
try:
    pickle.load('notafile')
except Exception as e: print(type(e).__name__, e)
os.remove(path); os.rmdir(d)
