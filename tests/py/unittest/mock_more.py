# unittest.mock, further: names and parents, wraps, attach_mock, chained calls, call
# comparisons, spec_set errors, NonCallableMock, patch errors and class decorators,
# start/stop/stopall, patch.dict on os.environ, seal, autospec of methods and classes,
# and a TestCase using patches run by unittest.
import io
import os
import re
import sys
import unittest
from unittest import mock
from unittest.mock import (Mock, MagicMock, NonCallableMock, NonCallableMagicMock, call,
                           patch, ANY, DEFAULT, sentinel, create_autospec, seal)


def r(x):
    return re.sub(r" id='\d+'", "", repr(x))


def attempt(fn):
    try:
        result = fn()
    except Exception as e:
        print('%s: %s' % (type(e).__name__, e))
    else:
        print('ok', r(result))


m = Mock(name='thing')
print(r(m), r(m.attr), r(m().x), r(m.a.b.c))
m.a.b.c(1)
m().x(2)
print(m.mock_calls)
print(m.method_calls)
print(m.a.b.mock_calls, m.a.b.method_calls)
attempt(lambda: m.a.b.c.assert_called_with(2))
attempt(lambda: m.assert_called_once_with())
attempt(lambda: m.a.assert_called())
attempt(lambda: m.a.b.c.assert_called_once())
w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_args)
w.return_value = 10
print(w(1))
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, 'child')
child(1)
print(parent.mock_calls, r(child))
print(call(1, 2) == ((1, 2), {}), call(1) == ((1,),), call.foo(1) == ('foo', (1,), {}),
      call(a=1) == ({'a': 1},), call() == (), call(1) != call(2))
print(m.call_args_list == [call()], m.mock_calls[0] == call.a.b.c(1))
print(call.foo.bar(1).call_list(), call(1).args, call(x=1).kwargs)
c = call(1, a=2)
print(c.args, c.kwargs, len(c), list(c))
s = Mock(spec_set=['a', 'b'])
attempt(lambda: s.c)
attempt(lambda: setattr(s, 'c', 1))
s.a = 5
print(s.a, r(s))
nc = NonCallableMock()
attempt(lambda: nc())
ncm = NonCallableMagicMock()
print(len(ncm), r(ncm.method()))
attempt(lambda: setattr(Mock(), '__getattr__', 1))
mm = MagicMock()
mm.__str__.return_value = 'shown'
mm.__lt__.return_value = True
print(str(mm), mm < 3, mm.__str__.call_count)
mm.__getitem__.return_value = 'item'
mm['k'] = 1
print(mm[0], mm.mock_calls)
del mm.__getitem__
attempt(lambda: mm[0])
sq = MagicMock(side_effect=[1, DEFAULT, 3], return_value='default')
print(sq(), sq(), sq())
attempt(sq)
print(sentinel.a, sentinel.a is sentinel.a, sentinel.a is sentinel.b, ANY == object())
attempt(lambda: patch('sys.no_such_function').start())
attempt(lambda: patch('nomodule_zz.thing').start())
attempt(lambda: patch('os').start())
attempt(lambda: patch.object('os', 'getpid'))
attempt(lambda: patch.multiple(os))
with patch('os.no_such_function', create=True) as p:
    print(r(os.no_such_function), p is os.no_such_function)
print(hasattr(os, 'no_such_function'))
p1 = patch('os.getcwd', return_value='/one')
p2 = patch.object(os, 'getpid', return_value=7)
p1.start(); p2.start()
print(os.getcwd(), os.getpid())
patch.stopall()
print(os.getcwd() != '/one', os.getpid() != 7)
print(p1.stop())
with patch.dict(os.environ, {'MOCK_TEST_VAR': 'set'}):
    print(os.environ['MOCK_TEST_VAR'])
print('MOCK_TEST_VAR' in os.environ)
with patch.dict('os.environ', MOCK_OTHER='x'):
    print(os.environ.get('MOCK_OTHER'))
print(os.environ.get('MOCK_OTHER'))


class Target:
    value = 1

    def method(self, a, b=2):
        return a + b

    @classmethod
    def cm(cls, x):
        return x

    @staticmethod
    def sm(y):
        return y


@patch.object(Target, 'value', 99)
class Patched(unittest.TestCase):
    def test_value(self):
        print('inside', Target.value)

    def helper(self):
        print('helper', Target.value)


Patched('test_value').test_value()
Patched('test_value').helper()
spec = create_autospec(Target)
inst = spec()
inst.method(1, b=3)
attempt(lambda: inst.method())
attempt(lambda: inst.method(1, 2, 3))
inst.method.assert_called_with(1, b=3)
inst.method.assert_called_with(1, 3)
attempt(lambda: inst.method.assert_called_with(2, 3))
spec.cm(1)
spec.sm(2)
attempt(lambda: spec.cm())
print(spec.mock_calls)
attempt(lambda: spec.nothing)
attempt(lambda: create_autospec(Target, spec_set=True).foo)
print(r(spec.value), r(inst))
sealed = Mock()
sealed.known.attr = 1
seal(sealed)
print(sealed.known.attr)
attempt(lambda: sealed.unknown)
attempt(lambda: sealed.known.other)
with patch('__main__.Target', autospec=True) as T:
    Target(1) if False else None
    t = Target()
    print(r(T), r(t), isinstance(t, Target.__class__))
h = mock.mock_open(read_data=b'bytes\nmore\n')
with patch('builtins.open', h):
    with open('x', 'rb') as f:
        print(f.readline(), f.readline(), f.readline())
    print(open('x').readlines())
h().write.assert_not_called()


class UsesMock(unittest.TestCase):
    @patch('os.getpid', return_value=123)
    def test_pid(self, getpid):
        self.assertEqual(os.getpid(), 123)
        getpid.assert_called_once_with()

    @patch('os.getpid')
    def test_fails(self, getpid):
        os.getpid(5)
        getpid.assert_called_once_with(6)

    def test_calls(self):
        m = Mock()
        m.a(1)
        m.b(2)
        m.assert_has_calls([call.a(1), call.c(3)])


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(UsesMock))
text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in T', stream.getvalue())
text = re.sub(r'File "[^"]*(mock_more.py)"', r'File "\1"', text)
kept, skipping = [], False
for line in text.split('\n'):
    if line.startswith('  File "'):
        # frames of unittest.mock itself differ (CPython's file, gopy's frozen module)
        skipping = 'mock_more' not in line
    elif not line.startswith('    '):
        skipping = False
    if not skipping:
        kept.append(line)
print('\n'.join(kept))
