# unittest.mock.AsyncMock: calls give coroutines, awaits recorded and asserted with
# CPython's messages; side_effect kinds, wraps; MagicMock's async magic methods (async with,
# async for); async children from a spec; create_autospec and patch of async functions.
import asyncio, inspect
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, call, patch

async def main():
    m = AsyncMock(return_value=5)
    print(inspect.iscoroutinefunction(m), asyncio.iscoroutinefunction(m))
    c = m(1, k=2)
    print(m.call_count, m.await_count, inspect.iscoroutine(c))
    print(await c, m.await_count, m.await_args, m.await_args_list)
    m.assert_awaited(); m.assert_awaited_once(); m.assert_awaited_with(1, k=2); m.assert_awaited_once_with(1, k=2)
    m.assert_any_await(1, k=2); m.assert_has_awaits([call(1, k=2)])
    for f, a in [(m.assert_awaited_with, (2,)), (m.assert_any_await, (3,)), (m.assert_not_awaited, ()),
                 (lambda: m.assert_has_awaits([call(9)]), ()), (lambda: m.assert_has_awaits([call(9)], any_order=True), ())]:
        try: f(*a)
        except AssertionError as e: print('AE:', e)
    n = AsyncMock(name='n')
    for f in (n.assert_awaited, n.assert_awaited_once, lambda: n.assert_awaited_with(1)):
        try: f()
        except AssertionError as e: print('AE:', e)
    m.reset_mock(); print(m.await_count, m.await_args, m.await_args_list, m.call_count)
    e = AsyncMock(side_effect=[1, ValueError('x')])
    print(await e())
    try: await e()
    except ValueError as x: print('VE', x)
    try: await e()
    except StopAsyncIteration: print('StopAsyncIteration')
    async def eff(v): return v * 2
    print(await AsyncMock(side_effect=eff)(4), await AsyncMock(side_effect=lambda v: v + 1)(4))
    try: await AsyncMock(side_effect=KeyError('k'))()
    except KeyError as x: print('KE', x)
    print(await AsyncMock(wraps=eff)(5))
    child = m.child
    print(type(child).__name__, type(m.__str__).__name__ if False else '', inspect.iscoroutinefunction(child))
    r = await m()
    print(type(r).__name__)
    mm = MagicMock()
    async with mm as v:
        print(type(v).__name__)
    print(type(mm.__aenter__).__name__, type(mm.__aexit__).__name__, type(mm.__aiter__).__name__)
    mm.__aenter__.assert_awaited_once(); mm.__aexit__.assert_awaited_once()
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])
    mm2 = MagicMock()
    print([x async for x in mm2])
    class Thing:
        async def fetch(self, x): return x
        def plain(self): pass
    s = MagicMock(spec=Thing)
    print(type(s.fetch).__name__, type(s.plain).__name__, await s.fetch(1) is s.fetch.return_value)
    async def af(a, b=1): return a
    auto = mock.create_autospec(af)
    print(asyncio.iscoroutinefunction(auto), inspect.signature(auto))
    res = await auto(1, b=3)
    auto.assert_awaited_once_with(1, b=3)
    print(auto.await_count, auto.mock.await_args)
    try: auto()
    except TypeError as x: print('TE', x)
    try: mock.create_autospec(af, instance=True)
    except RuntimeError as x: print('RE', x)
    with patch(__name__ + '.target') as p:
        print(type(p).__name__, await target(3) is p.return_value)
    ms = Mock(spec=af)
    print(type(ms).__name__, inspect.iscoroutine(c2 := ms(1)))
    await c2
    print(repr(AsyncMock(name='x'))[:20])

async def target(x): return x
from unittest.mock import Mock
asyncio.run(main())


# autospecced functions carry the exact signature and refuse bad calls as CPython's
def f(a, b, *, c=1):
    return a


auto = mock.create_autospec(f)
print(inspect.signature(auto), auto.__name__)
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1, 2), {'d': 1})]:
    try:
        auto(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
auto(1, 2)
auto.assert_called_once_with(1, b=2)
print(auto.mock_calls)
for builtin in (len, [].append, dict.get, 'a'.join, sorted, int.bit_length):
    print(builtin.__text_signature__)
