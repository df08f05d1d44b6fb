# Pickler and Unpickler subclasses: persistent_id/persistent_load, reducer_override,
# dispatch_table, find_class, dump/load on file-like objects, memo across dump calls.
import os
import pickle
import tempfile


class Sink:
    def __init__(self):
        self.data = b''

    def write(self, b):
        self.data = self.data + b

    def getvalue(self):
        return self.data


tmpdir = tempfile.mkdtemp()
path = tmpdir + '/data.pickle'


def Source(data):
    """A binary file holding data."""
    with open(path, 'wb') as f:
        f.write(data)
    return open(path, 'rb')


class Ref:
    def __init__(self, key):
        self.key = key


class RefPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return 'ref:' + obj.key
        return None


class RefUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'resolved ' + pid


for proto in range(6):
    sink = Sink()
    RefPickler(sink, proto).dump([Ref('a'), 1, Ref('b')])
    data = sink.getvalue()
    print(proto, data, RefUnpickler(Source(data)).load())


class Point:
    def __init__(self, x):
        self.x = x


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (int, (obj.x,))
        return NotImplemented


sink = Sink()
Override(sink, 4).dump([Point(7), 'keep'])
print(sink.getvalue(), pickle.loads(sink.getvalue()))


class Table(pickle.Pickler):
    dispatch_table = {Point: lambda p: (str, ('point %d' % p.x,))}


sink = Sink()
Table(sink, 2).dump(Point(3))
print(sink.getvalue(), pickle.loads(sink.getvalue()))


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name == 'len':
            return len
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


print(Restricted(Source(pickle.dumps(len))).load()('four'))
try:
    Restricted(Source(pickle.dumps(print))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

sink = Sink()
pk = pickle.Pickler(sink, 2)
shared = ['shared']
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
print(sink.getvalue())
src = Source(sink.getvalue())
up = pickle.Unpickler(src)
a = up.load()
b = up.load()
c = up.load()
print(a, b, c, a is b, a is c)

sink = Sink()
pickle.dump({'k': [1, 2]}, sink, 0)
print(sink.getvalue(), pickle.load(Source(sink.getvalue())))
try:
    pickle.load(Source(b''))
except EOFError as e:
    print('EOFError', e)
try:
    pickle.loads(b'P1\n.')
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
os.remove(path)
os.rmdir(tmpdir)
