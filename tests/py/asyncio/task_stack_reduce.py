# Task reprs, get_stack limits, print_stack headings, and pickling of the stream errors.
import asyncio, io, pickle
async def inner(ev):
    await ev.wait()
async def boom():
    raise ValueError("x")
async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(inner(ev), name="T1")
    await asyncio.sleep(0)
    print(repr(t).split(" coro")[0])
    print(len(t.get_stack()), len(t.get_stack(limit=0)), len(t.get_stack(limit=-1)))
    buf = io.StringIO(); t.print_stack(file=buf); print(buf.getvalue().splitlines()[0].split(" coro")[0])
    ev.set(); await t
    b = asyncio.create_task(boom(), name="B")
    try: await b
    except ValueError: pass
    buf = io.StringIO(); b.print_stack(file=buf)
    lines = buf.getvalue().splitlines(); print(lines[0].split(" coro")[0], lines[-1], len(b.get_stack()))
    d = asyncio.create_task(asyncio.sleep(0), name="D"); await d
    buf = io.StringIO(); d.print_stack(file=buf); print(buf.getvalue().split(" coro")[0])
    e = asyncio.IncompleteReadError(b"ab", 5)
    e2 = pickle.loads(pickle.dumps(e)); print(type(e2).__name__, e2, e2.partial, e2.expected)
    l = asyncio.LimitOverrunError("too long", 7)
    l2 = pickle.loads(pickle.dumps(l)); print(l2, l2.consumed)
asyncio.run(main())
