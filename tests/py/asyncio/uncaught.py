# An exception out of the main coroutine ends asyncio.run with CPython's traceback and status.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise LookupError('nothing here')


async def main():
    print('main starts')
    await asyncio.create_task(inner())

asyncio.run(main())
