# Coroutine objects: async def, await, send/throw/close, cr_* attributes, errors.
import types


def run(coro):
    """Drive a coroutine to its end without an event loop; print what it yields."""
    sent = None
    while True:
        try:
            out = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  yielded", out)
        sent = out


class Step:
    """An awaitable that yields its value once and returns what was sent back."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return ("got", got)


async def leaf(x):
    return x * 2


async def middle(x):
    a = await leaf(x)
    b = await Step(a)
    return a, b


c = leaf(1)
print(type(leaf), type(c).__name__)
c.close()
c = middle(5)
print(type(c) is types.CoroutineType, c.cr_running, c.cr_await, c.cr_code.co_name)
print(c.cr_frame is not None, c.__name__, c.__qualname__)
print(run(c))
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

flags = middle.__code__.co_flags
print(bool(flags & 0x80), bool(flags & 0x20), bool(flags & 0x200))


class K:
    async def meth(self):
        return 1


k = K().meth()
print(repr(k).startswith("<coroutine object K.meth at 0x"))
k.close()

# cr_await while suspended
c = middle(1)
print(c.send(None), type(c.cr_await).__name__)
try:
    c.send("s")
except StopIteration as e:
    print("result", e.value)

# await on things that are not awaitable
class NoIter:
    def __await__(self):
        return 5


class ReturnsCoro:
    def __await__(self):
        self.c = leaf(1)
        return self.c


def gen():
    yield 1


async def aw(x):
    return await x


for x in [1, "s", NoIter(), gen(), None]:
    try:
        run(aw(x))
    except TypeError as e:
        print("TypeError:", e)
rc = ReturnsCoro()
try:
    run(aw(rc))
except TypeError as e:
    print("TypeError:", e)
rc.c.close()

# send/throw/close
c = middle(3)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def catcher():
    try:
        await Step("wait")
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"


c = catcher()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)


async def closer():
    try:
        await Step("x")
    finally:
        print("finally ran")


c = closer()
c.send(None)
print(c.close())
print(c.cr_frame)
c = closer()
print(c.close())

# throw reaches through nested awaits
async def inner():
    try:
        await Step("deep")
    except ZeroDivisionError:
        print("inner caught")
        return 7


async def outer():
    v = await inner()
    return v + 1


c = outer()
print(c.send(None))
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print("outer returned", e.value)

# reusing a coroutine another coroutine awaits
c = leaf(4)
print(run(aw(c)))
try:
    run(aw(c))
except RuntimeError as e:
    print("RuntimeError:", e)

# __await__ of a coroutine
c = leaf(21)
w = c.__await__()
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)

# exceptions propagate with a traceback through awaits
async def fails():
    raise ValueError("inside")


async def calls():
    await fails()


try:
    run(calls())
except ValueError as e:
    print("propagated", e)
