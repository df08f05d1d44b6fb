# Indexes beyond a C ssize_t: IndexError in subscripts, OverflowError in method arguments
# (pop, insert) and repeats, clipped in slices; as CPython's list, bytearray, str, range, deque.
def t(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '!', type(e).__name__, e)
B = 2**70
for mk in (lambda: [1, 2, 3], lambda: bytearray(b'abc')):
    name = type(mk()).__name__
    t(name + ' pop big', lambda: mk().pop(B))
    t(name + ' pop -big', lambda: mk().pop(-B))
    def d(i):
        l = mk(); del l[i]; return l
    t(name + ' del big', lambda: d(B))
    t(name + ' del -big', lambda: d(-B))
    def ins(i):
        l = mk(); l.insert(i, 0); return l
    t(name + ' insert big', lambda: ins(B))
    t(name + ' insert -big', lambda: ins(-B))
    t(name + ' getitem big', lambda: mk()[B])
    t(name + ' getitem -big', lambda: mk()[-B])
    def st(i):
        l = mk(); l[i] = 0; return l
    t(name + ' setitem big', lambda: st(B))
    t(name + ' index big', lambda: mk().index(1, B))
    t(name + ' index start -big', lambda: mk().index(mk()[0], -B, B))
    t(name + ' slice big', lambda: mk()[B:-B])
    t(name + ' slice all', lambda: mk()[-B:B])
    def ds(i):
        l = mk(); del l[-i:i]; return l
    t(name + ' del slice', lambda: ds(B))
    t(name + ' mul big', lambda: mk() * B)
    t(name + ' pop float', lambda: mk().pop(1.0))
    t(name + ' insert float', lambda: mk().insert(1.0, 0))
t('tuple getitem', lambda: (1,2)[B])
t('str getitem', lambda: 'ab'[B])
t('bytes getitem', lambda: b'ab'[B])
t('range getitem', lambda: range(3)[B])
t('tuple index', lambda: (1,2).index(1, B))
t('str find', lambda: 'ab'.find('a', B))
t('deque', lambda: __import__('collections').deque([1])[B])
