# IsolatedAsyncioTestCase: asyncSetUp/asyncTearDown, coroutine tests, sync and async
# cleanups, enterAsyncContext, failures and errors inside coroutines, the run's order.
import asyncio
import io
import re
import unittest

events = []


class Resource:
    async def __aenter__(self):
        events.append('enter')
        return 'resource'

    async def __aexit__(self, *exc):
        events.append('exit')
        return False


class Async(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        await asyncio.sleep(0)
        events.append('asyncSetUp')

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')

    async def test_await(self):
        value = await asyncio.sleep(0, result=5)
        self.assertEqual(value, 5)
        got = await self.enterAsyncContext(Resource())
        events.append(got)

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual([1, 2], [1, 3])

    async def test_errors(self):
        raise KeyError('async')

    def test_plain(self):
        events.append('plain')

    async def test_cleanups(self):
        async def later(x):
            events.append('async cleanup %s' % x)
        self.addAsyncCleanup(later, 1)
        self.addCleanup(events.append, 'sync cleanup')


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(Async))
text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in T', stream.getvalue())
kept, skipping = [], False
for line in text.split('\n'):
    if line.startswith('  File "'):
        skipping = 'async_case.py' not in line or 'unittest' in line
        line = re.sub(r'File "[^"]*/', 'File "', line)
    elif not line.startswith('    '):
        skipping = False
    if not skipping:
        kept.append(line)
print('\n'.join(kept))
print(events)
print(result.wasSuccessful(), len(result.failures), len(result.errors))
print(Async.__mro__[1].__module__, unittest.IsolatedAsyncioTestCase.__name__)
