# SyntaxErrors of misplaced await/async, as CPython 3.11's compiler reports them.
cases = [
    "await x",
    "def f():\n    await x\n",
    "async with a: pass",
    "def f():\n    async with a: pass\n",
    "def f():\n    async for a in b: pass\n",
    "async for a in b: pass",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    return {x: 1 async for x in y}\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    return 1\n    yield 2\n",
    "lambda: await x",
    "async def f():\n    lambda: await x\n",
    "async def f():\n    class A:\n        await x\n",
    "async def f():\n    def g(): [x async for x in y]\n",
    "[x async for x in y]",
    "async def f():\n    lambda: [x async for x in y]\n",
]
ok = [
    "def f():\n    return (x async for x in y)\n",
    "async def f():\n    [[x async for x in y] for z in w]\n",
    "async def f():\n    return [await x for x in y]\n",
    "async def f():\n    async with a as b, c as d:\n        async for x in y:\n            await z\n",
    "async def f():\n    yield 1\n    await x\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(repr(src), "compiled")
for src in ok:
    compile(src, "<ok>", "exec")
    print("ok:", repr(src))
