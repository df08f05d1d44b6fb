# Cancelling the main task makes asyncio.run raise CancelledError (exit status 1).
import asyncio


async def main():
    print('cancelling myself')
    asyncio.current_task().cancel()
    await asyncio.sleep(1)

asyncio.run(main())
