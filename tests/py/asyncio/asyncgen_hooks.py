# sys.set_asyncgen_hooks/get_asyncgen_hooks and the loop's use of them: an async generator
# dropped half-way is closed in a task of its own, one left suspended at the end of
# asyncio.run by shutdown_asyncgens (its error reported), one started after it is warned of.
import asyncio
import sys


async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, 'closed')


async def stubborn():
    try:
        yield 1
    finally:
        raise ValueError('cannot close')


def handler(loop, ctx):
    print('handler:', ctx['message'].split(' <')[0], repr(ctx.get('exception')))


async def consume():
    g = ticker('broken', 10)
    async for x in g:
        if x == 2:
            break
    del g
    print('consume dropped it')


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(sys.get_asyncgen_hooks().firstiter.__name__)
    await consume()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('after consume')
    global kept, kept2
    kept = ticker('kept', 5)
    print(await kept.__anext__())
    kept2 = stubborn()
    print(await kept2.__anext__())
    done = ticker('done', 1)
    async for x in done:
        pass
    print(len(loop._asyncgens))
    print('main done')

print(sys.get_asyncgen_hooks())
asyncio.run(main())
print(sys.get_asyncgen_hooks())
print('after run')
loop = asyncio.new_event_loop()
loop.run_until_complete(loop.shutdown_asyncgens())
async def late():
    g = ticker('late', 3)
    await g.__anext__()
    await g.aclose()
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    loop.run_until_complete(late())
    print([str(x.message).split(' <')[0] + ' ...' + str(x.message).split('>')[-1] for x in w], [x.category.__name__ for x in w])
loop.close()
