# async with and async for: protocols, exceptions, break/continue/return, errors.


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


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name)
        await Pause()
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Pause()
        return self.swallow


async def with_cases():
    async with Manager("a") as v:
        print("body", v)
    async with Manager("b", swallow=True):
        raise KeyError("swallowed")
    print("after swallow")
    try:
        async with Manager("c"):
            raise ValueError("kept")
    except ValueError as e:
        print("caught", e)
    async with Manager("d") as d, Manager("e") as e:
        print("both", d, e)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    print("loop done")
    async with Manager("ret"):
        return "returned"


print(run(with_cases()))


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def for_cases():
    async for i in Ticker(3):
        print("item", i)
    else:
        print("else ran")
    async for i in Ticker(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("item", i)
    else:
        print("else skipped?")
    async for a, b in Pairs():
        print("pair", a, b)
    total = 0
    async for i in Ticker(2):
        async for j in Ticker(2):
            total += i * j
    print("total", total)
    async for i in Ticker(10):
        if i == 3:
            return i


class Pairs:
    def __init__(self):
        self.items = [(1, 2), (3, 4)]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


print(run(for_cases()))


class NoAexit:
    async def __aenter__(self):
        return 1


class BadEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


class BadExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class BadAiter:
    def __aiter__(self):
        return 1


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


async def errors():
    for mgr in [1, NoAexit(), BadEnter(), BadExit()]:
        try:
            async with mgr:
                pass
        except TypeError as e:
            print("TypeError:", e)
    for it in [1, [1, 2], BadAiter(), BadAnext()]:
        try:
            async for x in it:
                pass
        except TypeError as e:
            print("TypeError:", e)


run(errors())


class Raiser:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        raise RuntimeError("from aexit")


async def aexit_raises():
    try:
        async with Raiser():
            raise ValueError("body")
    except RuntimeError as e:
        print("RuntimeError:", e)


run(aexit_raises())
