# The traceback of an exception that crosses tasks lists the coroutines' frames, as
# CPython's (whose task stepping is C code and leaves no entries of its own).
import asyncio
import traceback


def mine(exc):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(exc.__traceback__)
            if fs.filename == __file__]


async def leaf():
    await asyncio.sleep(0)
    raise KeyError('leaf')


async def middle():
    return await asyncio.create_task(leaf())


async def waits():
    await asyncio.sleep(3600)


async def main():
    try:
        await middle()
    except KeyError as e:
        print('across tasks', mine(e))
    try:
        await asyncio.gather(middle())
    except KeyError as e:
        print('through gather', mine(e))
    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled', mine(e))
    try:
        await asyncio.wait_for(waits(), 0.01)
    except TimeoutError as e:
        print('timeout', mine(e), type(e.__cause__).__name__)
    await middle()

asyncio.run(main())
