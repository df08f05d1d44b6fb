# Pickler/Unpickler subclasses and their hooks. The Go test compares repr(result).
import pickle
import tempfile

tmpdir = tempfile.mkdtemp()
path = tmpdir + '/data.pickle'


class Sink:
    def __init__(self):
        self.data = b''

    def write(self, b):
        self.data = self.data + b


def reader(data):
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
        return ('loaded', pid)


class Point:
    def __init__(self, x):
        self.x = x


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (int, (obj.x,))
        return NotImplemented


class Table(pickle.Pickler):
    dispatch_table = {Point: lambda p: (str, ('point %d' % p.x,))}


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name == 'len':
            return len
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


result = []
for proto in range(6):
    s = Sink()
    RefPickler(s, proto).dump([Ref('a'), 1, Ref('b'), {'k': Ref('c')}])
    result.append((s.data, RefUnpickler(reader(s.data)).load()))
for proto in (2, 4):
    s = Sink()
    Override(s, proto).dump([Point(7), 'keep', Point(8)])
    result.append((s.data, pickle.loads(s.data)))
    s = Sink()
    Table(s, proto).dump([Point(3), Point(3)])
    result.append((s.data, pickle.loads(s.data)))
result.append([f is len for f in Restricted(reader(pickle.dumps([len, len]))).load()])
try:
    Restricted(reader(pickle.dumps(print))).load()
except pickle.UnpicklingError as e:
    result.append(str(e))
s = Sink()
p = pickle.Pickler(s, 2)
shared = ['x']
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
u = pickle.Unpickler(reader(s.data))
a, b, c = u.load(), u.load(), u.load()
result.append((s.data, a is b, a is c))
s = Sink()
pickle.dump({'k': (1, 2.5)}, s, 0)
result.append((s.data, pickle.load(reader(s.data))))
s = Sink()
pickle.dump(['frames'] * 30000, s)
result.append(pickle.load(reader(s.data)) == ['frames'] * 30000)
