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
            if isinstance(obj, type) and issubclass(obj, TestCase) and \
                    obj not in (TestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as exc:
            text = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
            return self._failed(module.__name__, exc, text)

    def _failed(self, name, exc, text):
        # a suite whose one test raises exc: how a name that cannot be loaded is reported
        self.errors.append(text)
        return self.suiteClass((_FailedTest(name, exc),))

    def _failed_import(self, name):
        text = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
        return self._failed(name, ImportError(text), text)

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name designates: a module, class, method or callable."""
        parts = name.split('.')
        pending = None   # the report of the last import that failed, for a missing attribute
        if module is None:
            for count in range(len(parts), 0, -1):
                try:
                    module = __import__('.'.join(parts[:count]))
                    break
                except ImportError:
                    text = 'Failed to import test module: %s\n%s' % (parts[count - 1],
                                                                     traceback.format_exc())
                    pending = (parts[count - 1], ImportError(text), text)
            else:
                return self._failed(*pending)
            parts = parts[1:]
        obj = parent = module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as exc:
                if getattr(obj, '__path__', None) is not None and pending is not None:
                    return self._failed(*pending)
                return self._failed(part, exc, 'Failed to access attribute:\n%s'
                                    % (traceback.format_exc(),))
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase) and \
                obj not in (TestCase, FunctionTestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, types.FunctionType) and isinstance(parent, type) and \
                issubclass(parent, TestCase):
            test = parent(parts[-1])
            if not isinstance(getattr(test, parts[-1]), types.FunctionType):
                return self.suiteClass([test])
        elif isinstance(obj, TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        test = obj()
        if isinstance(test, TestSuite):
            return test
        if isinstance(test, TestCase):
            return self.suiteClass([test])
        raise TypeError('calling %s returned %s, not a test' % (obj, test))

    def loadTestsFromNames(self, names, module=None):
        """A suite of loadTestsFromName for each name."""
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])


    # -- discovery ---------------------------------------------------------------------

    _top_level_dir = None

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of the modules matching pattern under start_dir (a directory or a
        dotted package name), recursing into packages; modules are imported by their names
        relative to top_level_dir (start_dir by default), which goes on sys.path."""
        implicit_top = False
        if top_level_dir is None:
            if self._top_level_dir is not None:
                top_level_dir = self._top_level_dir
            else:
                implicit_top = True
                top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        unimportable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                unimportable = not os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            try:
                __import__(start_dir)
            except ImportError:
                unimportable = True
            else:
                package = sys.modules[start_dir]
                try:
                    start_dir = os.path.abspath(os.path.dirname(package.__file__))
                except AttributeError:
                    if package.__name__ in sys.builtin_module_names:
                        raise TypeError('Can not use builtin modules as dotted module '
                                        'names') from None
                    raise TypeError("don't know how to discover from %r" % (package,)) from None
                if implicit_top:
                    self._top_level_dir = self._home_of(start_dir.split('.')[0])
                    sys.path.remove(top_level_dir)
        if unimportable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _home_of(self, name):
        # the directory holding the top-level module or package name
        module = sys.modules[name]
        where = os.path.abspath(module.__file__)
        if os.path.basename(where).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(where))
        return os.path.dirname(where)

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        relative = os.path.relpath(os.path.splitext(os.path.normpath(path))[0],
                                   self._top_level_dir)
        assert not os.path.isabs(relative), 'Path must be within the project'
        assert not relative.startswith('..'), 'Path must be within the project'
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        import fnmatch
        return fnmatch.fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        loading = self.__dict__.setdefault('_loading_packages', set())
        name = self._get_name_from_path(start_dir)
        if name != '.' and name not in loading:
            tests, deeper = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not deeper:
                return
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            tests, deeper = self._find_test_path(path, pattern)
            if tests is not None:
                yield tests
            if deeper:
                name = self._get_name_from_path(path)
                loading.add(name)
                try:
                    yield from self._find_tests(path, pattern)
                finally:
                    loading.discard(name)

    def _import_for_discovery(self, name):
        # (module, None), or (None, the suite reporting why it could not be imported)
        try:
            return self._get_module_from_name(name), None
        except SkipTest as exc:
            return None, _module_skipped(name, exc, self.suiteClass)
        except:
            return None, self._failed_import(name)

    def _find_test_path(self, path, pattern):
        # (tests or None, whether to look inside path)
        base = os.path.basename(path)
        if os.path.isfile(path):
            if not _VALID_MODULE_NAME.match(base) or not self._match_path(base, path, pattern):
                return None, False
            name = self._get_name_from_path(path)
            module, failure = self._import_for_discovery(name)
            if module is None:
                return failure, False
            found = os.path.realpath(os.path.abspath(getattr(module, '__file__', path)))
            if os.path.splitext(found)[0].lower() != \
                    os.path.splitext(os.path.realpath(path))[0].lower():
                raise ImportError('%r module incorrectly imported from %r. Expected %r. Is this '
                                  'module globally installed?'
                                  % (os.path.splitext(base)[0], os.path.dirname(found),
                                     os.path.dirname(os.path.normpath(path))))
            return self.loadTestsFromModule(module, pattern=pattern), False
        if not os.path.isdir(path) or not os.path.isfile(os.path.join(path, '__init__.py')):
            return None, False
        name = self._get_name_from_path(path)
        package, failure = self._import_for_discovery(name)
        if package is None:
            return failure, False
        loading = self.__dict__.setdefault('_loading_packages', set())
        loading.add(name)
        try:
            tests = self.loadTestsFromModule(package, pattern=pattern)
            return tests, getattr(package, 'load_tests', None) is None
        finally:
            loading.discard(name)


_VALID_MODULE_NAME = _re.compile(r'[_a-z]\w*\.py$', _re.IGNORECASE)


def _module_skipped(name, exc, suite_class):
    @skip(str(exc))
    def testSkipped(self):
        pass
    skipped = type('ModuleSkipped', (TestCase,), {name: testSkipped,
                                                  '__module__': 'unittest.loader'})
    return suite_class((skipped(name),))


defaultTestLoader = TestLoader()


class _FailedTest(TestCase):
    # the test standing for a name that could not be loaded: running it raises why
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception
        return testFailure


