# What CPython raises for objects that cannot be pickled and for malformed pickles.
import pickle


def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:
            at = msg.index(' at 0x')
            msg = msg[:at] + ' at ADDR' + msg[msg.index('>', at):]
        print(type(e).__name__, msg)


def outer():
    def inner():
        pass
    return inner


class BadReduce:
    def __reduce__(self):
        return 42


class ShortReduce:
    def __reduce__(self):
        return (len,)


class NotCallable:
    def __reduce__(self):
        return (1, ())


show(lambda: pickle.dumps(outer()))
show(lambda: pickle.dumps(lambda: 1))
show(lambda: pickle.dumps([1, lambda: 2], 0))
show(lambda: pickle.dumps(BadReduce()))
show(lambda: pickle.dumps(ShortReduce()))
show(lambda: pickle.dumps(NotCallable()))
show(lambda: pickle.dumps(1, 6))
show(lambda: pickle.dumps(pickle))
show(lambda: pickle.dumps(1, protocol=5, buffer_callback=len) is not None)

for data in [b'', b'\x80', b'\x80\x06N.', b'.', b'\xff', b'z', b'K', b'X\x05\x00\x00\x00ab',
             b'h\x05.', b'(.', b'1.', b'Fx\n.', b'Sabc\n.',
             b'cbuiltins\nnosuch\n.', b'NN\x93.', b'NNR.', b'}N.', b'}Ns.', b'P.',
             b'\x95\xff\xff\xff\xff\xff\xff\xff\x7fN.', b'\x8b\xff\xff\xff\xff.',
             b'X\xff\xff\xff\x7f', b'\x80\x02N)\x81.', b'\x97.', b'\x82\x01.', b'(I1\nI2\nI3\nd.']:
    show(lambda: pickle.loads(data))
show(lambda: pickle.loads('not bytes'))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))
pickle.dumps(outer())
