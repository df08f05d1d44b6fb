"""Unit testing framework (gopy's unittest core).

TestCase with its assert methods and CPython 3.11's failure messages, skips and expected
failures, fixtures at method, class and module level, subTest; TestSuite, TestLoader,
TestResult, TextTestRunner and main() with CPython's report."""

import io
import os
import sys
import time
import types
import linecache
import traceback
import contextlib
import functools
import re as _re
import pprint as _pprint
import difflib

__unittest = True
__path__ = []   # a package: its submodules (unittest.mock) import by from-imports

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'TestProgram', 'BaseTestSuite',
           'IsolatedAsyncioTestCase', 'installHandler', 'registerResult', 'removeResult',
           'removeHandler']

_MAX_LENGTH = 80


class SkipTest(Exception):
    """Raise to skip the running test (TestCase.skipTest does)."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


# ---- decorators ----------------------------------------------------------------------------

def skip(reason):
    """Skip the decorated test (or every test of the decorated class) with reason."""
    def decorate(item):
        if not isinstance(item, type):
            @functools.wraps(item)
            def skipper(*args, **kwargs):
                raise SkipTest(reason)
            item = skipper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, type(skip)):
        func, reason = reason, ''
        return decorate(func)
    return decorate


def _id(obj):
    return obj


def skipIf(condition, reason):
    """Skip the decorated test when condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return skip(reason) if not condition else _id


def expectedFailure(test_item):
    """Mark a test as expected to fail: its failure counts as expected, its success as
    unexpected."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---- the outcome of running one test --------------------------------------------------------

class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        """A context manager running one part of a test (setUp, the method, a
        subTest...) and recording how it ended."""
        return _TestPart(self, test_case, subTest)


class _TestPart:
    # A class, not a generator: the exception reaching __exit__ keeps its whole
    # traceback (the test's own frames are what the report shows).
    def __init__(self, outcome, test_case, subtest):
        self.outcome = outcome
        self.test_case = test_case
        self.subtest = subtest

    def __enter__(self):
        self.old_success = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        test_case = self.test_case
        try:
            if exc_type is None:
                if self.subtest and outcome.success:
                    outcome.result.addSubTest(test_case.test_case, test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _report_skip(outcome.result, test_case, str(exc_value))
            elif issubclass(exc_type, _ShouldStop):
                pass
            else:
                info = (exc_type, exc_value, tb)
                if outcome.expecting_failure:
                    outcome.expectedFailure = info
                else:
                    outcome.success = False
                    if self.subtest:
                        outcome.result.addSubTest(test_case.test_case, test_case, info)
                    else:
                        _report_error(outcome.result, test_case, info)
            return True
        finally:
            outcome.success = outcome.success and self.old_success


def _report_skip(result, test_case, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test_case, reason)
    else:
        result.addSuccess(test_case)


def _report_error(result, test, info):
    if issubclass(info[0], test.failureException):
        result.addFailure(test, info)
    else:
        result.addError(test, info)


class _SubTest:
    def __init__(self, test_case, message, params):
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append('[%s]' % (self._message,))
        if self.params:
            parts.append('(%s)' % ', '.join('%s=%r' % (k, v) for k, v in self.params.items()))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())


_subtest_msg_sentinel = object()


class _AssertRaisesContext:
    """What assertRaises/assertRaisesRegex return: a context manager checking that its
    block raises the expected exception (kept as .exception)."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            expected_regex = _re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        if not (isinstance(self.expected, type) and issubclass(self.expected, BaseException)) \
                and not (isinstance(self.expected, tuple) and all(
                    isinstance(e, type) and issubclass(e, BaseException) for e in self.expected)):
            raise TypeError('%s() arg 1 must be an exception type or tuple of exception types'
                            % (name,))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._fail('%s not raised by %s' % (exc_name, self.obj_name))
            else:
                self._fail('%s not raised' % (exc_name,))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern, str(exc_value)))
        return True

    def _fail(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))


class _AssertWarnsContext(_AssertRaisesContext):
    """What assertWarns/assertWarnsRegex return."""

    def handle(self, name, args, kwargs):
        return _AssertRaisesContext.handle(self, name, args, kwargs)

    def __enter__(self):
        import warnings
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        try:
            exc_name = self.expected.__name__
        except AttributeError:
            exc_name = str(self.expected)
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return None
        if first_matching is not None:
            self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern,
                                                     str(first_matching)))
        if self.obj_name:
            self._fail('%s not triggered by %s' % (exc_name, self.obj_name))
        self._fail('%s not triggered' % (exc_name,))


_LoggingWatcher = None


def _watching_handler():
    # a logging.Handler keeping every record and its text (logging is imported on first use)
    global _LoggingWatcher
    import logging
    import collections
    if _LoggingWatcher is None:
        _LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])

    class _CapturingHandler(logging.Handler):
        def __init__(self):
            logging.Handler.__init__(self)
            self.watcher = _LoggingWatcher([], [])

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))
    return _CapturingHandler()


class _AssertLogsContext:
    """What assertLogs/assertNoLogs return: the logger gets a handler of its own (no
    propagation) for the block; the watcher has .records and .output."""

    LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            self.logger = self.logger_name
        else:
            self.logger = logging.getLogger(self.logger_name)
        handler = _watching_handler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        logger = self.logger
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        logger = self.logger
        logger.handlers, level, logger.propagate = self.saved
        logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._fail('Unexpected logs found: {!r}'.format(self.watcher.output))
        elif not self.watcher.records:
            self._fail('no logs of level {} or higher triggered on {}'.format(
                logging.getLevelName(self.level), logger.name))

    _fail = _AssertRaisesContext._fail
