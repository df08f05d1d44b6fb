# Listener is a class (Client a function): isinstance, repr, context manager, address
# families (AF_INET, Unix paths, Linux abstract names; AF_INET6 is in a Go test, since
# machines without IPv6 exist),
# address_type, last_accepted, and CPython's errors.
import multiprocessing.connection as mc
from multiprocessing.connection import Listener, Client
import threading

def roundtrip(l, address, **kw):
    out = []
    t = threading.Thread(target=lambda: out.append(Client(address, **kw)))
    t.start()
    a = l.accept(); t.join()
    c = out[0]
    c.send(['ping', 1]); r = a.recv(); a.send(r[::-1]); back = c.recv()
    c.close(); a.close()
    return back

print(type(Listener).__name__, Listener.__module__, Listener.__name__, type(Client).__name__ != 'type')
import os
abstract = '\0gopy_test_abstract_%d' % os.getpid()  # unique: runs may overlap
with Listener(abstract, authkey=b'k') as l:
    print(isinstance(l, Listener), type(l).__name__, repr(l).startswith('<multiprocessing.connection.Listener object at 0x'))
    print(l.address == abstract.encode(), type(l.address).__name__, l.last_accepted)
    print(roundtrip(l, abstract, authkey=b'k'), repr(l.last_accepted))
    print(roundtrip(l, abstract.encode(), authkey=b'k'))
try:
    print(l.address)
except AttributeError as e:
    print('AttributeError', e)
try:
    l.accept()
except OSError as e:
    print('OSError', e)
with Listener(('127.0.0.1', 0)) as l4:
    print(type(l4.address).__name__, len(l4.address), l4.address[0])
    print(roundtrip(l4, l4.address), l4.last_accepted[0])
with Listener() as lu:
    print(mc.address_type(lu.address), lu.address.startswith('/'))
    print(roundtrip(lu, lu.address), repr(lu.last_accepted))
with Listener(family='AF_INET') as la:
    print(la.address[0], mc.address_type(la.address))
for a in ['\0x', b'\0x', ('h', 1), '/p', r'\\.\pipe\x', 5, b'/path', None]:
    try:
        print(repr(a), mc.address_type(a))
    except Exception as e:
        print(repr(a), type(e).__name__, e)
print(mc.families, mc.default_family)
for args, kw in [((), {'family': 'AF_PIPE'}), ((), {'family': 'AF_INET6'}), ((('::1', 0),), {}),
                 ((), {'family': 'AF_FOO'}), ((('127.0.0.1', 0),), {'family': 'AF_BAR'}),
                 ((('127.0.0.1', 0),), {'authkey': 'str'}), ((5,), {}),
                 ((('127.0.0.1', 70000),), {}), ((('127.0.0.1', 0, 1),), {})]:
    try:
        Listener(*args, **kw).close(); print('ok')
    except Exception as e:
        print(type(e).__name__, e)
for args, kw in [(('\0gopy_nobody_listens',), {}), (('/nonexistent/sock',), {}),
                 ((r'\\.\pipe\x',), {}), (('\0x',), {'family': 'AF_PIPE'})]:
    try:
        Client(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
