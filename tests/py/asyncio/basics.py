# asyncio.run, tasks, futures, callbacks, names, cancellation: deterministic orderings.
import asyncio
import contextvars

log = []
var = contextvars.ContextVar('var', default='unset')


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def fails():
    await asyncio.sleep(0)
    raise ValueError('bad value')


async def sleeper():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError as e:
        log.append(('cancelled', e.args))
        raise


async def main():
    loop = asyncio.get_running_loop()
    print('running loop is event loop:', loop is asyncio.get_event_loop())
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    # call_soon order, with arguments and context
    order = []
    loop.call_soon(order.append, 1)
    loop.call_soon(order.append, 2)
    h = loop.call_soon(order.append, 3)
    h.cancel()
    print('handle cancelled:', h.cancelled())
    loop.call_later(0, order.append, 4)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('order:', order)
    # call_at / call_later fire in time order
    fired = []
    done = loop.create_future()
    now = loop.time()
    loop.call_at(now + 0.03, fired.append, 'c')
    loop.call_at(now + 0.01, fired.append, 'a')
    loop.call_later(0.02, fired.append, 'b')
    loop.call_later(0.04, done.set_result, 'done')
    print(await done, fired)
    # futures
    fut = loop.create_future()
    print(fut.done(), fut.cancelled(), repr(fut))
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    fut.add_done_callback(lambda f: log.append(('cb', f.result())))
    fut.set_result(42)
    print(repr(fut))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', type(e).__name__)
    print(await fut)
    await asyncio.sleep(0)
    ef = loop.create_future()
    ef.set_exception(KeyError('k'))
    print(repr(ef), repr(ef.exception()))
    try:
        ef.set_exception(StopIteration())
    except Exception as e:
        print(type(e).__name__)
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError:', e)
    # tasks
    t = asyncio.create_task(double(21), name='doubler')
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    t.set_name(7)
    print(repr(t.get_name()))
    t2 = asyncio.create_task(fails())
    try:
        await t2
    except ValueError as e:
        print('task raised', repr(e), repr(t2.exception()))
    try:
        t2.set_result(1)
    except RuntimeError as e:
        print(e)
    # cancel
    t3 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('cancel ->', t3.cancel('stop now'), t3.cancelling())
    try:
        await t3
    except asyncio.CancelledError as e:
        print('awaiting cancelled task:', repr(e))
    print(t3.cancelled(), t3.done(), t3.cancel())
    t4 = asyncio.create_task(sleeper())
    t4.cancel()
    try:
        await t4
    except asyncio.CancelledError:
        print('cancelled before it started:', t4.cancelled())
    # done callbacks run in order, after the result
    seen = []
    t5 = asyncio.create_task(double(1))
    t5.add_done_callback(lambda t: seen.append(('first', t.result())))
    t5.add_done_callback(lambda t: seen.append(('second', t.result())))
    await t5
    await asyncio.sleep(0)
    print(seen)
    print('removed', t5.remove_done_callback(print))
    # current_task and all_tasks
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks(), len(asyncio.all_tasks()))
    # contextvars: a task copies the context when it is made
    var.set('main')

    async def reader():
        print('task sees', var.get())
        var.set('task')
    await asyncio.create_task(reader())
    print('main still sees', var.get())
    print(sorted(log))
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
    c = double(1)
    print(asyncio.iscoroutine(c), asyncio.isfuture(fut), asyncio.isfuture(c))
    await c
    return 'main result'

print(asyncio.run(main()))
print(asyncio.run(double(5)))
try:
    asyncio.run(1)
except ValueError as e:
    print('ValueError:', e)


async def nested():
    coro = double(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    await coro
asyncio.run(nested())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(double(8)))
loop.close()
print(loop.is_closed())
c = double(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('RuntimeError:', e)
c.close()
