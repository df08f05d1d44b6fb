

# ---- TestCase -------------------------------------------------------------------------------

_GAP = 12        # the length of a '[N chars]' placeholder, as CPython counts it
_KEEP_START = 5
_KEEP_END = 5
_KEEP_SHARED = 5
_KEEP_DIFF = _MAX_LENGTH - (_KEEP_START + _GAP + _KEEP_SHARED + _GAP + _KEEP_END)


def _elide(text, head, tail):
    hidden = len(text) - head - tail
    if hidden > _GAP:
        return '%s[%d chars]%s' % (text[:head], hidden, text[len(text) - tail:])
    return text


def _shorten_pair(*values):
    """The reprs of values for a failure message, their shared start and their tails
    elided with '[N chars]' when they are long, as CPython's."""
    shown = [safe_repr(v) for v in values]
    longest = max(len(s) for s in shown)
    if longest <= _MAX_LENGTH:
        return tuple(shown)
    # The shared start of all of them is the shared start of the least and the greatest,
    # found by halving (slices compare fast; indexing a long str char by char does not).
    low, high = min(shown), max(shown)
    shared, limit = 0, min(len(low), len(high))
    while shared < limit:
        mid = (shared + limit + 1) // 2
        if low[:mid] == high[:mid]:
            shared = mid
        else:
            limit = mid - 1
    start = shown[0][:shared]
    room = _MAX_LENGTH - (longest - shared + _KEEP_START + _GAP)
    if room > _KEEP_SHARED:
        start = _elide(start, _KEEP_START, room)
        return tuple(start + s[shared:] for s in shown)
    start = _elide(start, _KEEP_START, _KEEP_SHARED)
    return tuple(start + _elide(s[shared:], _KEEP_DIFF, _KEEP_END) for s in shown)


def _sequence_difference(seq1, seq2, kind, loose):
    # The head of assertSequenceEqual's message, or None when the sequences are equal (or
    # loose, of different types, same length and equal items).
    try:
        n1 = len(seq1)
    except (TypeError, NotImplementedError):
        return 'First %s has no length.    Non-sequence?' % kind
    try:
        n2 = len(seq2)
    except (TypeError, NotImplementedError):
        return 'Second %s has no length.    Non-sequence?' % kind
    if seq1 == seq2:
        return None
    text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _shorten_pair(seq1, seq2))
    for i in range(min(n1, n2)):
        items = []
        for seq, which in ((seq1, 'first'), (seq2, 'second')):
            try:
                items.append(seq[i])
            except (TypeError, IndexError, NotImplementedError):
                return text + '\nUnable to index element %d of %s %s\n' % (i, which, kind)
        if items[0] != items[1]:
            text += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _shorten_pair(*items))
            break
    else:
        if n1 == n2 and loose and type(seq1) != type(seq2):
            return None
    if n1 != n2:
        longer, which, extra = (seq1, 'first', n2) if n1 > n2 else (seq2, 'second', n1)
        text += '\n%s %s contains %d additional elements.\n' % (which.capitalize(), kind,
                                                                abs(n1 - n2))
        try:
            text += 'First extra element %d:\n%s\n' % (extra, safe_repr(longer[extra]))
        except (TypeError, IndexError, NotImplementedError):
            text += 'Unable to index element %d of %s %s\n' % (extra, which, kind)
    return text


class _SubTestBlock:
    # A class, not a generator, so a failure keeps its traceback (see _TestPart).
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params
        self.part = None

    def __enter__(self):
        case = self.case
        if case._outcome is None:
            return None
        self.parent = case._subtest
        merged = dict(self.parent.params) if self.parent is not None else {}
        merged.update(self.params)
        case._subtest = _SubTest(case, self.msg, merged)
        self.part = case._outcome.testPartExecutor(case._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self.part is None:
            return False
        case = self.case
        try:
            handled = self.part.__exit__(exc_type, exc_value, tb)
            if not case._outcome.success:
                if getattr(case._outcome.result, 'failfast', False):
                    raise _ShouldStop
            elif case._outcome.expectedFailure:
                raise _ShouldStop
            return handled
        finally:
            case._subtest = self.parent


class TestCase:
    """A test: each test_* method of a subclass runs as one TestCase instance, between
    setUp and tearDown."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        self._cleanups = []
        self._subtest = None
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown, last added first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter a context manager, exiting it as a cleanup."""
        result = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDownClass."""
        cls._class_cleanups.append((function, args, kwargs))

    def setUp(self):
        "Hook method for setting up the test fixture before exercising it."

    def tearDown(self):
        "Hook method for deconstructing the test fixture after testing it."

    @classmethod
    def setUpClass(cls):
        "Hook method for setting up class fixture before running tests in the class."

    @classmethod
    def tearDownClass(cls):
        "Hook method for deconstructing the class fixture after running all tests in the class."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A block reported on its own: its failure does not stop the test."""
        return _SubTestBlock(self, msg, params)

    def run(self, result=None):
        """Run the test, recording its outcome in result."""
        if result is None:
            result = self.defaultTestResult()
            starter = getattr(result, 'startTestRun', None)
            if starter is not None:
                starter()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            func = getattr(method, '__func__', method)
            if getattr(self.__class__, '__unittest_skip__', False) or \
                    getattr(func, '__unittest_skip__', False):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(func, '__unittest_skip_why__', ''))
                _report_skip(result, self, why)
                return result
            expecting = (getattr(getattr(method, '__func__', method),
                                 '__unittest_expecting_failure__', False)
                         or getattr(self, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            self._outcome = outcome
            try:
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()
                if outcome.success:
                    if expecting:
                        if outcome.expectedFailure:
                            result.addExpectedFailure(self, outcome.expectedFailure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)

    # The steps of run(), which IsolatedAsyncioTestCase runs in its event loop.
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def doCleanups(self):
        """Run the cleanups added with addCleanup."""
        outcome = self._outcome or _Outcome(None)
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the cleanups added with addClassCleanup."""
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a TestResult."""
        method = getattr(self, self._testMethodName)
        if getattr(self.__class__, '__unittest_skip__', False) or \
                getattr(method, '__unittest_skip__', False):
            raise SkipTest(getattr(self.__class__, '__unittest_skip_why__', '')
                           or getattr(method, '__unittest_skip_why__', ''))
        self.setUp()
        method()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail immediately, with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _check(self, ok, standard, msg):
        if not ok:
            raise self.failureException(self._formatMessage(msg, standard))

    # -- the assertions --------------------------------------------------------------------

    def assertTrue(self, expr, msg=None):
        self._check(expr, '%s is not true' % safe_repr(expr), msg)

    def assertFalse(self, expr, msg=None):
        self._check(not expr, '%s is not false' % safe_repr(expr), msg)

    def assertEqual(self, first, second, msg=None):
        if type(first) is type(second):
            special = {dict: self.assertDictEqual, list: self.assertListEqual,
                       tuple: self.assertTupleEqual, set: self.assertSetEqual,
                       frozenset: self.assertSetEqual, str: self.assertMultiLineEqual}
            method = special.get(type(first))
            if method is not None:
                return method(first, second, msg)
        if not first == second:
            self._check(False, '%s != %s' % _shorten_pair(first, second), msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._check(False, '%s == %s' % (safe_repr(first), safe_repr(second)), msg)

    def assertIs(self, expr1, expr2, msg=None):
        self._check(expr1 is expr2, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)), msg)

    def assertIsNot(self, expr1, expr2, msg=None):
        self._check(expr1 is not expr2, 'unexpectedly identical: %s' % (safe_repr(expr1),), msg)

    def assertIsNone(self, obj, msg=None):
        self._check(obj is None, '%s is not None' % (safe_repr(obj),), msg)

    def assertIsNotNone(self, obj, msg=None):
        self._check(obj is not None, 'unexpectedly None', msg)

    def assertIn(self, member, container, msg=None):
        self._check(member in container, '%s not found in %s'
                    % (safe_repr(member), safe_repr(container)), msg)

    def assertNotIn(self, member, container, msg=None):
        self._check(member not in container, '%s unexpectedly found in %s'
                    % (safe_repr(member), safe_repr(container)), msg)

    def assertIsInstance(self, obj, cls, msg=None):
        self._check(isinstance(obj, cls), '%s is not an instance of %r' % (safe_repr(obj), cls),
                    msg)

    def assertNotIsInstance(self, obj, cls, msg=None):
        self._check(not isinstance(obj, cls), '%s is an instance of %r' % (safe_repr(obj), cls),
                    msg)

    def assertGreater(self, a, b, msg=None):
        self._check(a > b, '%s not greater than %s' % (safe_repr(a), safe_repr(b)), msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._check(a >= b, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b)),
                    msg)

    def assertLess(self, a, b, msg=None):
        self._check(a < b, '%s not less than %s' % (safe_repr(a), safe_repr(b)), msg)

    def assertLessEqual(self, a, b, msg=None):
        self._check(a <= b, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)),
                    msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self._check(False, standard, msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            places = 7 if places is None else places
            if not (first == second) and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        self._check(False, standard, msg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Check that a callable or a with block raises expected_exception."""
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, and the exception's str() matches expected_regex."""
        ctx = _AssertRaisesContext(expected_exception, self, expected_regex)
        return ctx.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Check that a callable or a with block warns with expected_warning."""
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        ctx = _AssertWarnsContext(expected_warning, self, expected_regex)
        return ctx.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager checking that logger (the root one by default) logs at level
        (INFO by default) or above in its block; it gives the watcher (.records,
        .output)."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager checking that logger logs nothing at level or above."""
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = _re.compile(expected_regex)
        if not expected_regex.search(text):
            self._check(False, "Regex didn't match: %r not found in %r"
                        % (expected_regex.pattern, text), msg)

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = _re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self._check(False, 'Regex matched: %r matches %r in %r'
                        % (text[match.start():match.end()], unexpected_regex.pattern, text), msg)

    def assertCountEqual(self, first, second, msg=None):
        first, second = list(first), list(second)
        lines = []
        for item in first + second:
            a, b = first.count(item), second.count(item)
            line = 'First has %d, Second has %d:  %r' % (a, b, item)
            if a != b and line not in lines:
                lines.append(line)
        if lines:
            self._check(False, 'Element counts were not equal:\n' + '\n'.join(lines), msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            for seq, which in ((seq1, 'First'), (seq2, 'Second')):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (which, kind, safe_repr(seq)))
        else:
            kind = 'sequence'
        standard = _sequence_difference(seq1, seq2, kind, seq_type is None)
        if standard is None:
            return
        diff = '\n' + '\n'.join(difflib.ndiff(_pprint.pformat(seq1).splitlines(),
                                              _pprint.pformat(seq2).splitlines()))
        self._check(False, self._truncateMessage(standard, diff), msg)

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + '\nDiff is %d characters long. Set self.maxDiff to None to see it.' % (
            len(diff),)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only1 = set1.difference(set2)
            only2 = set2.difference(set1)
        except (TypeError, AttributeError) as exc:
            self.fail('invalid type when attempting set difference: %s' % exc
                      if isinstance(exc, TypeError)
                      else 'first argument does not support set difference: %s' % exc)
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self._check(False, '\n'.join(lines), msg)

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            diff = '\n' + '\n'.join(difflib.ndiff(_pprint.pformat(d1).splitlines(),
                                                  _pprint.pformat(d2).splitlines()))
            self._check(False, self._truncateMessage('%s != %s' % _shorten_pair(d1, d2), diff),
                        msg)

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        standard = '%s != %s' % _shorten_pair(first, second)
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._check(False, standard, msg)
        lines1 = first.splitlines(keepends=True)
        lines2 = second.splitlines(keepends=True)
        if len(lines1) == 1 and first.strip('\r\n') == first:
            # one line without an end: compare it as a line so ndiff adds its '?' guides
            lines1, lines2 = [first + '\n'], [second + '\n']
        diff = '\n' + ''.join(difflib.ndiff(lines1, lines2))
        self._check(False, self._truncateMessage(standard, diff), msg)


class FunctionTestCase(TestCase):
    """A TestCase running a plain function, with optional setUp and tearDown functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split('\n')[0].strip() or None
