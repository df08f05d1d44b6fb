# "exception was never retrieved" is reported when the future or task is dropped (CPython:
# its __del__), not when the loop closes: a task nobody keeps, a future deleted, a task
# local to a coroutine that returned; a future kept in a global is reported at exit.
# (gc.collect() before each checkpoint: gopy finds dropped objects at its finalization
# points, CPython at once, so the checkpoints wait for both.)
import asyncio
import gc


def handler(loop, ctx):
    print('handler:', ctx['message'], repr(ctx.get('exception')), type(ctx.get('future')).__name__)


async def fails(n):
    raise ZeroDivisionError(n)

kept = None


async def inner():
    t = asyncio.create_task(fails('local'))
    await asyncio.sleep(0)
    await asyncio.sleep(0)


async def main():
    global kept
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    asyncio.create_task(fails('dropped'))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    gc.collect()
    print('after sleeps')
    await inner()
    gc.collect()
    print('after inner')
    f = loop.create_future()
    f.set_exception(ValueError('future'))
    del f
    print('after del')
    g = loop.create_future()
    g.set_exception(ValueError('retrieved'))
    g.exception()
    del g
    h = loop.create_future()
    h.set_exception(ValueError('result'))
    try:
        h.result()
    except ValueError:
        pass
    del h
    kept = loop.create_future()
    kept.set_exception(KeyError('global'))
    t = asyncio.create_task(fails('awaited'))
    try:
        await t
    except ZeroDivisionError:
        print('caught')
    print('main done')

asyncio.run(main())
print('after run')
