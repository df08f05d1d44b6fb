# Pickles in the forms CPython writes for protocols 0-2 (Python 2 module names:
# __builtin__, copy_reg._reconstructor, _codecs.encode for bytes, exceptions.*) load.
import pickle


class C:
    pass


samples = [
    b'c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.',
    b'\x80\x02c__builtin__\nfrozenset\nq\x00]q\x01K\x03a\x85q\x02Rq\x03.',
    b'c_codecs\nencode\np0\n(Vab\xff\np1\nVlatin1\np2\ntp3\nRp4\n.',
    b'\x80\x02c__builtin__\nbytes\nq\x00)Rq\x01.',
    b'\x80\x02cexceptions\nValueError\nq\x00X\x01\x00\x00\x00aq\x01K\x01\x86q\x02Rq\x03.',
    b'\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x03K\x01\x87q\x01Rq\x02.',
    b"(S'py2 str'\np0\nS'\\xe9'\np1\nl.",
    b'\x80\x02U\x03abcq\x00.',
    b'(dp0\nS\'k\'\np1\nL12345678901234567890L\ns.',
    b'I01\n.',
    b'\x80\x02c__builtin__\ncomplex\nq\x00G?\xf0\x00\x00\x00\x00\x00\x00G\x00\x00\x00\x00\x00\x00\x00\x00\x86q\x01Rq\x02.',
]
for data in samples:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)

print(repr(pickle.loads(b"S'\\xe9'\n.", encoding='latin1')))
print(repr(pickle.loads(b"S'\\xe9'\n.", encoding='bytes')))
obj = pickle.loads(b'ccopy_reg\n_reconstructor\np0\n(c__main__\nC\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\nVx\np6\nI1\nsb.')
print(type(obj).__name__, obj.x)
obj = pickle.loads(b'\x80\x02c__main__\nC\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00yq\x03K\x02sb.')
print(type(obj).__name__, obj.y)
