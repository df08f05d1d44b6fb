# SystemExit inside the main coroutine ends the script with its code; pending tasks are cancelled.
import asyncio


async def worker():
    try:
        await asyncio.sleep(3600)
    finally:
        print('worker cleaned up')


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    raise SystemExit(3)

asyncio.run(main())
