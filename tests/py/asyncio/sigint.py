# Ctrl-C (SIGINT) during asyncio.run cancels the main task, then raises KeyboardInterrupt.
import asyncio, os, signal, sys
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('main cancelled'); sys.stdout.flush()
        raise
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('KeyboardInterrupt caught')
asyncio.run(main())
