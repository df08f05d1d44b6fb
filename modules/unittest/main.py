# ---- main -------------------------------------------------------------------------------------

_EXAMPLES_NAMES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

_EXAMPLES_MODULE = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _module_name_of_path(name):
    # 'pkg/test_x.py' on the command line names the module pkg.test_x (a relative path,
    # or an absolute one under the working directory)
    if not (name.lower().endswith('.py') and os.path.isfile(name)):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        name = relative
    return '.'.join(os.path.normpath(name)[:-3].replace('\\', '/').split('/'))


def _name_pattern(text):
    return text if '*' in text else '*%s*' % text


class TestProgram:
    """The command line of a test module, or of `python -m unittest` (module None, where
    no test names mean discovery): loads the tests, runs them with TextTestRunner and
    exits with status 0 or 1."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

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

    def _options_parser(self):
        # the options shared by both command lines; -f, -c, -b and -k only when the
        # caller left them open
        import argparse
        parser = argparse.ArgumentParser(add_help=False)
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const',
                            const=2, help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        switches = (('failfast', '-f', '--failfast', 'Stop on first fail or error'),
                    ('catchbreak', '-c', '--catch', 'Catch Ctrl-C and display results so far'),
                    ('buffer', '-b', '--buffer', 'Buffer stdout and stderr during tests'))
        for dest, short, long, text in switches:
            if getattr(self, dest) is None:
                parser.add_argument(short, long, dest=dest, action='store_true', help=text)
                setattr(self, dest, False)
        if self.testNamePatterns is None:
            parser.add_argument('-k', dest='testNamePatterns', action='append',
                                type=_name_pattern,
                                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        return parser

    def _initArgParsers(self):
        import argparse
        options = self._options_parser()
        main_parser = argparse.ArgumentParser(parents=[options])
        main_parser.prog = self.progName
        main_parser.print_help = self._print_help
        main_parser.add_argument('tests', nargs='*',
                                 help='a list of any number of test modules, classes and '
                                      'test methods.')
        finder = argparse.ArgumentParser(parents=[options])
        finder.prog = '%s discover' % self.progName
        finder.epilog = ('For test discovery all test modules must be importable from the '
                         'top level directory of the project.')
        finder.add_argument('-s', '--start-directory', dest='start',
                            help="Directory to start discovery ('.' default)")
        finder.add_argument('-p', '--pattern', dest='pattern',
                            help="Pattern to match tests ('test*.py' default)")
        finder.add_argument('-t', '--top-level-directory', dest='top',
                            help='Top level directory of project (defaults to start '
                                 'directory)')
        for name in ('start', 'pattern', 'top'):
            finder.add_argument(name, nargs='?', default=argparse.SUPPRESS,
                                help=argparse.SUPPRESS)
        self._main_parser = main_parser
        self._discovery_parser = finder

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        if self.module is None:
            print(_EXAMPLES_NAMES % {'prog': self.progName})
            self._discovery_parser.print_help()
        else:
            print(_EXAMPLES_MODULE % {'prog': self.progName})

    def parseArgs(self, argv):
        self._initArgParsers()
        words = argv[1:]
        if self.module is None and words and words[0].lower() == 'discover':
            return self._do_discovery(words[1:])
        self._main_parser.parse_args(words, self)
        if self.module is None and not self.tests:
            # `python -m unittest -v`: options alone mean discovery too
            return self._do_discovery([])
        if self.tests:
            self.testNames = [_module_name_of_path(name) for name in self.tests]
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            self._discovery_parser.parse_args(argv, self)
        self.createTests(True, Loader)

    def createTests(self, from_discovery=False, Loader=None):
        chosen = self.testLoader
        if self.testNamePatterns:
            chosen.testNamePatterns = self.testNamePatterns
        if from_discovery:
            if Loader is not None:
                chosen = Loader()
            self.test = chosen.discover(self.start, self.pattern, self.top)
        elif self.testNames is not None:
            self.test = chosen.loadTestsFromNames(self.testNames, self.module)
        else:
            self.test = chosen.loadTestsFromModule(self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        runner = self.testRunner or TextTestRunner
        if isinstance(runner, type):
            settings = dict(verbosity=self.verbosity, failfast=self.failfast,
                            buffer=self.buffer, warnings=self.warnings,
                            tb_locals=self.tb_locals)
            try:
                runner = runner(**settings)
            except TypeError:
                del settings['tb_locals']
                try:
                    runner = runner(**settings)
                except TypeError:
                    runner = runner()
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram


def _home_classes():
    # CPython's classes live in unittest's submodules; reprs name them so.
    homes = {'unittest.case': (TestCase, FunctionTestCase, SkipTest),
             'unittest.result': (TestResult,),
             'unittest.runner': (TextTestResult, TextTestRunner),
             'unittest.suite': (BaseTestSuite, TestSuite),
             'unittest.loader': (TestLoader, _FailedTest),
             'unittest.main': (TestProgram,),
             'unittest.async_case': (IsolatedAsyncioTestCase,),
             'unittest.signals': (_InterruptHandler,)}
    for home, classes in homes.items():
        for cls in classes:
            cls.__module__ = home
        sys.modules.setdefault(home, sys.modules[__name__])


_home_classes()
