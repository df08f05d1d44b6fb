# A task that fails and is never awaited is reported when the loop shuts down.
import asyncio


async def fails():
    raise ZeroDivisionError('reported later')


async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main done')

asyncio.run(main())
print('after run')
