# The reduction protocol in detail: __reduce_ex__, list/dict items iterators, state setters,
# __getnewargs_ex__, copyreg extensions, classes by reference, and pickling errors.
import copyreg
import pickle


class Bag:
    def __init__(self):
        self.items = [1, 2]

    def __reduce_ex__(self, proto):
        return (Bag, (), {'p': proto}, iter([10, 20]), iter([('a', 1)]))

    def append(self, x):
        self.items.append(x)

    def __setitem__(self, k, v):
        self.__dict__[k] = v


def set_state(obj, state):
    obj.via_setter = state


class Custom:
    def __reduce__(self):
        return (Custom, (), 'state', None, None, set_state)


def outer():
    class Local:
        pass
    return Local


result = []
for proto in range(6):
    data = pickle.dumps(Bag(), proto)
    b = pickle.loads(data)
    result.append((data, b.items, b.p, b.a))
for proto in (0, 2, 4):
    data = pickle.dumps(Custom(), proto)
    result.append((data, pickle.loads(data).via_setter))
copyreg.add_extension('builtins', 'len', 240)
copyreg.add_extension('builtins', 'abs', 70000)
for proto in (2, 4):
    data = pickle.dumps([len, abs], proto)
    back = pickle.loads(data)
    result.append((data, back[0] is len, back[1] is abs))
copyreg.remove_extension('builtins', 'len', 240)
result.append(pickle.dumps(len, 2))
for f in [lambda: pickle.dumps(outer()), lambda: pickle.dumps(outer()())]:
    try:
        f()
    except Exception as e:
        result.append((type(e).__name__, str(e)))


class WithMethod:
    def __init__(self, k):
        self.k = k

    def get(self):
        return self.k


for proto in (0, 2, 4):
    data = pickle.dumps(WithMethod(9).get, proto)
    result.append((data, pickle.loads(data)()))


def gen():
    yield 1


for f in [lambda: pickle.dumps(gen()), lambda: pickle.dumps(pickle)]:
    try:
        f()
    except TypeError as e:
        result.append(str(e))
