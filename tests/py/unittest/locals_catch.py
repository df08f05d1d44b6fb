# unittest's --locals (each frame's variables below it in the report, as
# TracebackException's capture_locals gives them) and -c/--catch (Ctrl-C stops the run
# after the running test and the results so far are reported; a second Ctrl-C interrupts),
# with unittest.main(argv=...) and the signals functions.
import io
import os
import re
import signal
import sys
import traceback
import unittest


class Locals(unittest.TestCase):
    def test_fail(self):
        numbers = [1, 2, 3]
        label = 'three'
        self.assertEqual(len(numbers), 4, label)

    def test_error(self):
        def inner(depth):
            marker = {'depth': depth}
            raise KeyError(marker)
        inner(2)


def run(argv, module):
    stream = io.StringIO()
    old = sys.stderr
    sys.stderr = stream
    try:
        prog = unittest.main(module=module, argv=argv, exit=False)
    finally:
        sys.stderr = old
    text = re.sub(' at 0x[0-9a-f]+', ' at ADDR', stream.getvalue().replace(__file__, 'FILE'))
    text = '\n'.join(line for line in text.splitlines()
                     if not line.startswith('Ran ') and 'self = <' not in line)
    print(text)
    return prog.result


class LocalsOnly(unittest.TestCase):
    pass


for name in ('test_fail', 'test_error'):
    setattr(LocalsOnly, name, getattr(Locals, name))
sys.modules['locals_tests'] = type(sys)('locals_tests')
sys.modules['locals_tests'].LocalsOnly = LocalsOnly
result = run(['prog', '--locals'], 'locals_tests')
print(result.testsRun, len(result.failures), len(result.errors))

events = []


class Interrupted(unittest.TestCase):
    def test_1_first(self):
        events.append('first')
        os.kill(os.getpid(), signal.SIGINT)
        events.append('after the signal')

    def test_2_second(self):
        events.append('second')


sys.modules['catch_tests'] = type(sys)('catch_tests')
sys.modules['catch_tests'].Interrupted = Interrupted
result = run(['prog', '-c', '-v'], 'catch_tests')
print(events, result.shouldStop, result.testsRun)
handler = signal.getsignal(signal.SIGINT)
print(type(handler).__name__, handler.called, handler.original_handler is signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print('second Ctrl-C: KeyboardInterrupt')

r = unittest.TestResult()
unittest.registerResult(r)
print(unittest.removeResult(r), unittest.removeResult(r))


@unittest.removeHandler
def inside():
    return signal.getsignal(signal.SIGINT) is signal.default_int_handler


print(inside(), signal.getsignal(signal.SIGINT) is handler)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

try:
    raise ValueError('outer')
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te.stack[0].locals is not None, ''.join(te.format_exception_only()), str(te))
