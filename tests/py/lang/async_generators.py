# Async generators: __anext__/asend/athrow/aclose, ag_* attributes, async comprehensions.
import types


def run(coro):
    sent = None
    while True:
        try:
            out = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  yielded", out)


class Pause:
    def __await__(self):
        yield "pause"


async def counter(n):
    for i in range(n):
        await Pause()
        got = yield i
        if got is not None:
            print("agen got", got)


ag = counter(3)
print(type(ag) is types.AsyncGeneratorType, type(ag).__name__)
print(repr(ag).startswith("<async_generator object counter at 0x"))
print(ag.ag_running, ag.ag_await, ag.ag_code.co_name, ag.__name__, ag.__qualname__)
print(bool(counter.__code__.co_flags & 0x200), bool(counter.__code__.co_flags & 0x80))
print(ag.__aiter__() is ag)
a = ag.__anext__()
print(type(a).__name__)
try:
    a.send(None)
    print("passed through pause")
    a.send(None)
except StopIteration as e:
    print("first item", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def consume():
    out = []
    async for v in counter(3):
        out.append(v)
    return out


print(run(consume()))


async def driver():
    g = counter(5)
    print("anext", await g.__anext__())
    print("asend", await g.asend("hello"))
    try:
        await g.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after athrow")
    g = counter(5)
    await g.__anext__()
    print("aclose", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    print("aclose again", await g.aclose())


run(driver())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def catches():
    try:
        yield 1
    except KeyError:
        yield "handled"
    yield "last"


async def finals():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
        await Pause()


async def driver2():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = catches()
    await g.__anext__()
    print(await g.athrow(KeyError))
    print(await g.__anext__())
    g = finals()
    await g.__anext__()
    await g.aclose()
    print("closed")


run(driver2())


async def comprehensions():
    print([v async for v in counter(3)])
    print({v: v * v async for v in counter(3) if v})
    print({v async for v in counter(4) if v % 2})
    print([(i, v) for i in range(2) async for v in counter(2)])

    async def double(x):
        await Pause()
        return 2 * x
    print([await double(x) for x in range(3)])
    agen = (v * 10 async for v in counter(3))
    print(type(agen).__name__)
    print([x async for x in agen])
    print([y async for x in counter(3) for y in range(x)])


run(comprehensions())


async def empty():
    return
    yield


async def just_return():
    async for x in empty():
        print("never")
    else:
        print("empty else")


run(just_return())
