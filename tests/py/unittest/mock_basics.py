# unittest.mock: Mock and MagicMock reprs (ids scrubbed), recorded calls, call objects,
# side_effect and return_value, the assert_* messages, magic methods, sentinel, patch forms,
# specs, PropertyMock, mock_open, create_autospec, reset_mock and configure_mock.
import re
from unittest import mock
from unittest.mock import Mock, MagicMock, call, sentinel, ANY, patch
def r(x): return re.sub(r" id='\d+'", "", repr(x))
m = Mock()
print(r(m), r(m.foo), r(m.foo.bar()), r(m()))
m.foo.bar(1, a=2)
m(3)
print(m.mock_calls, m.method_calls, m.call_args, m.call_args_list, m.called, m.call_count)
print(m.foo.bar.call_args.args, m.foo.bar.call_args.kwargs)
print(call(1, 2) == call(1, 2), call.foo(1) == call.foo(1), call(1) == call(2), call(1, ANY) == call(1, 'x'))
print(repr(call), repr(call.a.b(1)), repr(call(1).c(x=2)), call(1).c(x=2).call_list())
m2 = Mock(return_value=5)
print(m2(), m2.return_value)
m3 = Mock(side_effect=[1, 2, KeyError('k')])
print(m3(), m3())
try: m3()
except KeyError as e: print('KeyError', e)
try: m3()
except StopIteration: print('StopIteration')
m4 = Mock(side_effect=lambda x: x * 2)
print(m4(21))
m5 = Mock(side_effect=ValueError)
try: m5()
except ValueError: print('VE')
for f in [lambda: m.foo.bar.assert_called_with(1, a=3), lambda: m.nope.assert_called_with(1),
          lambda: m.foo.bar.assert_called_once_with(2), lambda: m.assert_not_called(),
          lambda: m.x.assert_called(), lambda: m.foo.bar.assert_any_call(9),
          lambda: m.assert_has_calls([call(3), call(4)]),
          lambda: m.assert_has_calls([call(4)], any_order=True),
          lambda: m.assert_called_once(), lambda: m.assret_called()]:
    try:
        f()
        print('ok')
    except (AssertionError, AttributeError) as e:
        print(type(e).__name__, e)
m.assert_has_calls([call.foo.bar(1, a=2), call(3)])
mm = MagicMock()
print(len(mm), bool(mm), int(mm), 3 in mm, r(mm[1]), r(mm.__enter__()), mm == mm, mm != 3, float(mm))
mm.__len__.return_value = 7
mm.__getitem__.side_effect = lambda k: k + 1
mm.__iter__.return_value = [1, 2]
print(len(mm), mm[1], list(mm))
with mm as v: print(r(v))
print(mm.mock_calls[:4])
print(sentinel.foo, sentinel.foo is sentinel.foo, mock.DEFAULT)
class C:
    x = 1
    def meth(self, a): return a
with patch.object(C, 'meth', return_value=9) as p:
    print(C().meth(), r(p))
print(C().meth(3))
@patch('os.getcwd')
@patch('os.getpid', return_value=42)
def t(pid, cwd):
    import os
    cwd.return_value = '/x'
    print(os.getpid(), os.getcwd(), r(pid), r(cwd))
t()
d = {'a': 1}
with patch.dict(d, {'b': 2}, clear=True):
    print(d)
print(d)
with patch.multiple(C, x=5, meth=mock.DEFAULT) as vals:
    print(C.x, sorted(vals), r(vals['meth']))
print(C.x)
s = Mock(spec=C)
print(isinstance(s, C), r(s))
try: s.nope
except AttributeError as e: print(e)
s2 = Mock(spec_set=['a'])
try: s2.b = 1
except AttributeError as e: print(e)
pm = mock.PropertyMock(return_value=3)
type(mm).prop = pm
print(mm.prop); mm.prop = 4; print(pm.mock_calls)
mo = mock.mock_open(read_data='l1\nl2\n')
with patch('builtins.open', mo):
    with open('f') as fh:
        print(fh.read())
    with open('f') as fh:
        print(list(fh))
    open('g', 'w').write('x')
print(mo.mock_calls)
a = mock.create_autospec(C)
i = a()
i.meth(1)
try: i.meth()
except TypeError as e: print('TE', e)
i.meth.assert_called_once_with(a=1)
def fn(a, b): pass
af = mock.create_autospec(fn, return_value=3)
print(af(1, 2), af.called, af.call_args)
try: af(1)
except TypeError as e: print('TE', e)
m.reset_mock(); print(m.mock_calls, m.called)
m.configure_mock(**{'a.return_value': 1, 'b': 2}); print(m.a(), m.b)
del m.c
try: m.c
except AttributeError as e: print('AE', e)
print(sorted(x for x in dir(Mock()) if not x.startswith('_'))[:5])
