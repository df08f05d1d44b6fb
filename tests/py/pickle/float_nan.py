# NaN pickles with the bits of CPython's float('nan') (zero payload), at every protocol and
# inside complex numbers; -nan and NaN made by arithmetic keep their sign bit.
import pickle

inf = float('inf')
nan = float('nan')
for proto in range(6):
    print(proto, pickle.dumps(nan, proto), pickle.dumps(-nan, proto))
    print(proto, pickle.dumps(inf - inf, proto), pickle.dumps(0 * inf, proto))
    print(proto, pickle.dumps(complex(inf, nan), proto))
    print(proto, pickle.dumps([nan, float('NaN'), float('-inf'), -0.0], proto))
    back = pickle.loads(pickle.dumps(nan, proto))
    print(back != back, repr(back))
