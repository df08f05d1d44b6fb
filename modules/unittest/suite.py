

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
        try:
            setup()
        except Exception as exc:
            current._classSetupFailed = True
            _fixture_failed(result, exc, 'setUpClass', strclass(current))
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
        try:
            setup()
        except Exception as exc:
            result._moduleSetUpFailed = True
            _fixture_failed(result, exc, 'setUpModule', current_module)

    def _leave_module(self, result):
        previous_module = self._module_of(result)
        if previous_module is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous_module)
        teardown = getattr(module, 'tearDownModule', None)
        if teardown is None:
            return
        try:
            teardown()
        except Exception as exc:
            _fixture_failed(result, exc, 'tearDownModule', previous_module)

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
            try:
                teardown()
            except Exception as exc:
                _fixture_failed(result, exc, 'tearDownClass', strclass(previous))
        if hasattr(previous, 'doClassCleanups'):
            previous.doClassCleanups()
            for info in previous.tearDown_exceptions:
                _fixture_failed(result, info[1], 'tearDownClass', strclass(previous), info)


# ---- loading tests ----------------------------------------------------------------------------

class TestLoader:
    """Finds the tests of classes, modules and dotted names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's test methods."""
        import fnmatch

        def wanted(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return self.testNamePatterns is None or any(
                fnmatch.fnmatchcase(full, pattern) for pattern in self.testNamePatterns)
        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one test per test method of testCaseClass."""
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. Maybe you meant '
                            'to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in module (or what its
        load_tests function returns)."""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name designates: a module, class, method or callable."""
        parts = name.split('.')
        if module is None:
            import importlib
            remaining = list(parts)
            while True:
                try:
                    obj = importlib.import_module('.'.join(remaining))
                    break
                except ImportError:
                    remaining.pop()
                    if not remaining:
                        raise
            rest = parts[len(remaining):]
        else:
            obj = module
            rest = parts
        parent = None
        for part in rest:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, types.FunctionType) and isinstance(parent, type) and \
                issubclass(parent, TestCase):
            return self.suiteClass([parent(rest[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError('calling %s returned %s, not a test' % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of loadTestsFromName for each name."""
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])


defaultTestLoader = TestLoader()


# ---- main -------------------------------------------------------------------------------------

class TestProgram:
    """The command line of a test module: unittest.main() loads its tests, runs them with
    TextTestRunner and exits with status 0 or 1."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _parser(self):
        import argparse
        parser = argparse.ArgumentParser(prog=self.progName)
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const',
                            const=2, help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        parser.add_argument('-f', '--failfast', dest='failfast', action='store_true',
                            help='Stop on first fail or error')
        parser.add_argument('-c', '--catch', dest='catchbreak', action='store_true',
                            help='Catch Ctrl-C and display results so far')
        parser.add_argument('-b', '--buffer', dest='buffer', action='store_true',
                            help='Buffer stdout and stderr during tests')
        parser.add_argument('-k', dest='testNamePatterns', action='append',
                            type=lambda p: p if '*' in p else '*%s*' % p,
                            help='Only run tests which match the given substring')
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test '
                                 'methods.')
        return parser

    def parseArgs(self, argv):
        args = self._parser().parse_args(argv[1:])
        if args.verbosity is not None:
            self.verbosity = args.verbosity
        for name in ('failfast', 'catchbreak', 'buffer', 'tb_locals'):
            if getattr(self, name) is None or getattr(args, name):
                setattr(self, name, getattr(args, name))
        self.testNamePatterns = args.testNamePatterns
        if args.tests:
            self.testNames = args.tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner or TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=self.failfast,
                            buffer=self.buffer, warnings=self.warnings,
                            tb_locals=self.tb_locals)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def _home_classes():
    # CPython's classes live in unittest's submodules; reprs name them so.
    homes = {'unittest.case': (TestCase, FunctionTestCase, SkipTest),
             'unittest.result': (TestResult,),
             'unittest.runner': (TextTestResult, TextTestRunner),
             'unittest.suite': (BaseTestSuite, TestSuite),
             'unittest.loader': (TestLoader,),
             'unittest.main': (TestProgram,)}
    for home, classes in homes.items():
        for cls in classes:
            cls.__module__ = home
        sys.modules.setdefault(home, sys.modules[__name__])


_home_classes()
