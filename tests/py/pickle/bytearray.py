# bytearray at every protocol (BYTEARRAY8 at 5), pickles read from a bytearray, PickleBuffer
import pickle
ba = bytearray(b'xyz')
print(pickle.loads(bytearray(pickle.dumps([1, 2]))))
for p in range(6):
    d = pickle.dumps(ba, p)
    print(p, d, pickle.loads(d))
bufs = []
d = pickle.dumps(pickle.PickleBuffer(ba), 5, buffer_callback=bufs.append)
print(d, len(bufs), pickle.dumps(pickle.PickleBuffer(ba), 5))
print(pickle.loads(pickle.dumps(pickle.PickleBuffer(ba), 5)))
