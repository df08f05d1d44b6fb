# gather, wait, wait_for, as_completed, shield, timeout, TaskGroup: ordered by events.
import asyncio


async def value(v, ev=None):
    if ev is not None:
        await ev.wait()
    else:
        await asyncio.sleep(0)
    return v


async def boom(msg, ev=None):
    if ev is not None:
        await ev.wait()
    else:
        await asyncio.sleep(0)
    raise ValueError(msg)


async def forever(tag, log):
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        log.append(tag)
        raise


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(value(1), value(2), value(3)))
    print(await asyncio.gather(value(1), boom('x'), value(3), return_exceptions=True))
    try:
        await asyncio.gather(value(1), boom('first'))
    except ValueError as e:
        print('gather raised', e)
    # the same awaitable twice counts once
    t = asyncio.ensure_future(value('t'))
    print(await asyncio.gather(t, t))
    # cancelling the gather cancels the children
    log = []
    g = asyncio.gather(forever('a', log), forever('b', log))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', sorted(log))
    # a cancelled child with return_exceptions
    ev = asyncio.Event()
    c1 = asyncio.create_task(value('c1', ev))
    c2 = asyncio.create_task(value('c2', ev))
    c2.cancel()
    ev.set()
    res = await asyncio.gather(c1, c2, return_exceptions=True)
    print([type(r).__name__ for r in res])

    # wait
    ev = asyncio.Event()
    fast = asyncio.create_task(value('fast'))
    slow = asyncio.create_task(value('slow', ev))
    done, pending = await asyncio.wait({fast, slow}, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    ev.set()
    done, pending = await asyncio.wait([fast, slow])
    print(sorted(t.result() for t in done), pending)
    ev2 = asyncio.Event()
    bad = asyncio.create_task(boom('w'))
    hang = asyncio.create_task(value('h', ev2))
    done, pending = await asyncio.wait([bad, hang], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), repr(bad.exception()))
    done, pending = await asyncio.wait([hang], timeout=0.01)
    print(len(done), len(pending))
    ev2.set()
    await hang
    for args, kw in (([], {}), ([[hang]], {'return_when': 'x'})):
        try:
            await asyncio.wait(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print('ValueError:', e)
    coro = value(1)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError:', e)
    coro.close()

    # wait_for
    print(await asyncio.wait_for(value('in time'), 10))
    print(await asyncio.wait_for(value('no timeout'), None))
    log = []
    try:
        await asyncio.wait_for(forever('wf', log), 0.01)
    except asyncio.TimeoutError as e:
        print('wait_for timed out', type(e).__name__, type(e.__cause__).__name__, log)
    try:
        await asyncio.wait_for(forever('wf0', log), 0)
    except TimeoutError:
        print('wait_for(0) timed out', log)

    # as_completed: in the order they finish
    evs = [asyncio.Event() for _ in range(3)]
    tasks = [asyncio.create_task(value(i, evs[i])) for i in range(3)]
    order = []

    async def release():
        for i in (2, 0, 1):
            evs[i].set()
            await asyncio.sleep(0)
            await asyncio.sleep(0)
    r = asyncio.create_task(release())
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)
    await r
    print('as_completed', order)
    try:
        for fut in asyncio.as_completed([forever('ac', log)], timeout=0.01):
            await fut
    except asyncio.TimeoutError:
        print('as_completed timed out')

    # shield
    ev = asyncio.Event()
    inner = asyncio.create_task(value('shielded', ev))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled, inner cancelled?', inner.cancelled())
    ev.set()
    print(await inner)

    # timeout (3.11)
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).split(' when=')[0] + '>')
            await asyncio.Event().wait()
    except TimeoutError:
        print('timeout expired', cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 100)
        await asyncio.sleep(0)
    print(repr(cm), cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at in the past expired')

    # TaskGroup
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(value('A'))
        b = tg.create_task(value('B'), name='bee')
        print(repr(tg))
    print(a.result(), b.result(), b.get_name(), repr(tg))
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(forever('sibling', log))
            tg.create_task(boom('one'))
            tg.create_task(boom('two'))
    except* ValueError as eg:
        print('TaskGroup errors:', repr(eg.exceptions[0]), len(eg.exceptions), log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom('inner'))
            raise KeyError('body')
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg, [repr(e) for e in eg.exceptions])
    tg = asyncio.TaskGroup()
    coro = value(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    print('end')

asyncio.run(main())
