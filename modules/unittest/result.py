

# ---- results ----------------------------------------------------------------------------------

def _frames_of(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def _in_unittest(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _kept_output(label, text):
    if not text.endswith('\n'):
        text += '\n'
    return '\n%s:\n%s' % (label, text)


class _Buffered:
    # a fixture's output kept as a test's is, when the result buffers
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        setup = getattr(self.result, '_setupStdout', None)
        if setup is not None:
            setup()

    def __exit__(self, *exc):
        restore = getattr(self.result, '_restoreStdout', None)
        if restore is not None:
            restore()
        return False


class TestResult:
    """Collects the outcome of tests: failures and errors as (test, traceback text),
    skipped as (test, reason), expectedFailures, unexpectedSuccesses, testsRun."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        # -b: what a test prints is kept, and shown only if it fails
        if not self.buffer:
            return
        if self._stderr_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            for kept, stream, label in ((sys.stdout, self._original_stdout, 'Stdout'),
                                        (sys.stderr, self._original_stderr, 'Stderr')):
                text = kept.getvalue()
                if text:
                    stream.write(_kept_output(label, text))
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for kept in (self._stdout_buffer, self._stderr_buffer):
            kept.seek(0)
            kept.truncate()

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def stopTestRun(self):
        pass

    def _stop_if_failfast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self._mirrorOutput = True
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addFailure(self, test, err):
        self._mirrorOutput = True
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True
            self._stop_if_failfast()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._stop_if_failfast()

    def wasSuccessful(self):
        """Whether every test passed (expected failures count as passing)."""
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of err, without the frames of unittest itself (and, for an
        assertion failure, without the assert method's frames)."""
        exctype, value, tb = err
        while tb is not None and _in_unittest(tb):
            tb = tb.tb_next
        if exctype is test.failureException:
            last = None
            for entry in _frames_of(tb):
                if _in_unittest(entry):
                    break
                last = entry
            if last is not None:
                last.tb_next = None
        if self.tb_locals:
            report = traceback.TracebackException(exctype, value, tb, capture_locals=True,
                                                  compact=True)
            text = ''.join(report.format())
        else:
            text = ''.join(traceback.format_exception(exctype, value, tb))
        if self.buffer:
            for kept, label in ((sys.stdout, 'Stdout'), (sys.stderr, 'Stderr')):
                output = kept.getvalue()
                if output:
                    text += _kept_output(label, output)
        return text

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (strclass(self.__class__), self.testsRun,
                                                    len(self.errors), len(self.failures))


class _WritelnDecorator:
    """A stream with writeln."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """A TestResult printing progress to a stream: dots (verbosity 1) or one line per test
    (verbosity 2), then the failures and errors."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc = test.shortDescription()
        if self.descriptions and doc:
            return '\n'.join((str(test), doc))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, test, word, mark):
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(mark)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._progress(subtest, 'FAIL' if failed else 'ERROR', 'F' if failed else 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._progress(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._progress(test, 'unexpected success', 'u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln('UNEXPECTED SUCCESS: %s' % (self.getDescription(test),))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % text)
            self.stream.flush()


class TextTestRunner:
    """Runs a test or suite, reporting to stream (sys.stderr) as CPython's runner does:
    progress, failures, 'Ran N tests in T', then OK or FAILED with counts."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        """Run test and print the report; returns the result."""
        import warnings
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        registerResult(result)
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            started = time.perf_counter()
            result.startTestRun()
            try:
                test(result)
            finally:
                result.stopTestRun()
            taken = time.perf_counter() - started
        result.printErrors()
        self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs' % (run, 's' if run != 1 else '', taken))
        self.stream.writeln()
        notes = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            if result.failures:
                notes.append('failures=%d' % len(result.failures))
            if result.errors:
                notes.append('errors=%d' % len(result.errors))
        else:
            self.stream.write('OK')
        for label, items in (('skipped', result.skipped),
                             ('expected failures', result.expectedFailures),
                             ('unexpected successes', result.unexpectedSuccesses)):
            if items:
                notes.append('%s=%d' % (label, len(items)))
        if notes:
            self.stream.writeln(' (%s)' % ', '.join(notes))
        else:
            self.stream.write('\n')
        self.stream.flush()
        return result
