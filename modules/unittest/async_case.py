

# ---- IsolatedAsyncioTestCase ----------------------------------------------------------------

class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp/asyncTearDown and async cleanups are
    coroutines run in an event loop of its own (one asyncio.Runner per test), all in one
    copied context."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        import contextvars
        self._test_context = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Await func(*args, **kwargs) as a cleanup."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter an asynchronous context manager, exiting it as a cleanup."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous context "
                            "manager protocol" % (kind.__module__, kind.__qualname__)) from None
        result = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return result

    # TestCase.run calls these four hooks; each step runs in the test's own context, a
    # coroutine function through the test's runner.
    def _callSetUp(self):
        self._asyncioRunner.get_loop()
        self._test_context.run(self.setUp)  # plain, even if it is a coroutine function
        self._asyncioRunner.run(self.asyncSetUp(), context=self._test_context)

    def _callTestMethod(self, method):
        self._in_context(method)

    def _callTearDown(self):
        self._asyncioRunner.run(self.asyncTearDown(), context=self._test_context)
        self._test_context.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._in_context(function, *args, **kwargs)

    def _in_context(self, func, /, *args, **kwargs):
        import inspect
        if inspect.iscoroutinefunction(func):
            coro = func(*args, **kwargs)
            return self._asyncioRunner.run(coro, context=self._test_context)
        return self._test_context.run(func, *args, **kwargs)

    def run(self, result=None):
        import asyncio
        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            return super().run(result)
        finally:
            runner, self._asyncioRunner = self._asyncioRunner, None
            runner.close()

    def debug(self):
        import asyncio
        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            super().debug()
        finally:
            runner, self._asyncioRunner = self._asyncioRunner, None
            runner.close()
