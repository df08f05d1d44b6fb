

# ---- suites, with class and module fixtures ---------------------------------------------------

class _ErrorHolder:
    """Stands for a fixture (setUpClass, setUpModule...) whose error is reported."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _fixture_failed(result, exc, method, owner, info=None):
    holder = _ErrorHolder('%s (%s)' % (method, owner))
    if isinstance(exc, SkipTest):
        result.addSkip(holder, str(exc))
    else:
        result.addError(holder, info or sys.exc_info())


def _run_fixture(result, fixture, failed):
    # a class or module fixture, its output buffered as a test's; failed(exc) records an
    # exception it raises
    with _Buffered(result):
        try:
            fixture()
        except Exception as exc:
            failed(exc)


class BaseTestSuite:
    """A composite of tests, run in order."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(t.countTestCases() for t in self._tests if t)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated before passing '
                            'them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in list(self):
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and setUpModule/tearDownModule
    around the tests of each class and module."""

    def run(self, result, debug=False):
        top = False
        if not getattr(result, '_testRunEntered', False):
            result._testRunEntered = top = True
        for test in list(self):
            if result.shouldStop:
                break
            if not isinstance(test, BaseTestSuite):
                self._leave_class(test, result)
                self._enter_module(test, result)
                self._enter_class(test, result)
                result._previousTestClass = test.__class__
                if getattr(test.__class__, '_classSetupFailed', False) or \
                        getattr(result, '_moduleSetUpFailed', False):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
        if top:
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def _enter_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(current, '__unittest_skip__', False):
            return
        current._classSetupFailed = False
        setup = getattr(current, 'setUpClass', None)
        if setup is None:
            return
        def failed(exc):
            current._classSetupFailed = True
            _fixture_failed(result, exc, 'setUpClass', strclass(current))
        _run_fixture(result, setup, failed)
        if current._classSetupFailed:
            if hasattr(current, 'doClassCleanups'):
                current.doClassCleanups()
                for info in current.tearDown_exceptions:
                    _fixture_failed(result, info[1], 'setUpClass', strclass(current), info)

    def _module_of(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return previous.__module__ if previous is not None else None

    def _enter_module(self, test, result):
        previous_module = self._module_of(result)
        current_module = test.__class__.__module__
        if current_module == previous_module:
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        setup = getattr(module, 'setUpModule', None)
        if setup is None:
            return
        def failed(exc):
            result._moduleSetUpFailed = True
            _fixture_failed(result, exc, 'setUpModule', current_module)
        _run_fixture(result, setup, failed)

    def _leave_module(self, result):
        previous_module = self._module_of(result)
        if previous_module is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous_module)
        teardown = getattr(module, 'tearDownModule', None)
        if teardown is None:
            return
        _run_fixture(result, teardown,
                     lambda exc: _fixture_failed(result, exc, 'tearDownModule', previous_module))

    def _leave_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__ if test is not None else None
        if current == previous or previous is None:
            return
        if getattr(previous, '_classSetupFailed', False) or \
                getattr(result, '_moduleSetUpFailed', False) or \
                getattr(previous, '__unittest_skip__', False):
            return
        teardown = getattr(previous, 'tearDownClass', None)
        if teardown is not None:
            _run_fixture(result, teardown,
                         lambda exc: _fixture_failed(result, exc, 'tearDownClass',
                                                     strclass(previous)))
        if hasattr(previous, 'doClassCleanups'):
            previous.doClassCleanups()
            for info in previous.tearDown_exceptions:
                _fixture_failed(result, info[1], 'tearDownClass', strclass(previous), info)


