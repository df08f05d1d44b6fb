# unittest: TestCase outcomes (pass, fail, error, skip, expected failure, unexpected success,
# subTest), fixtures at every level, assertion messages, TextTestRunner at verbosities 0-2,
# the loader and main() with -k and names. Times and paths are scrubbed.
import unittest, sys, io, re, os

log = []

def setUpModule():
    log.append('setUpModule')

def tearDownModule():
    log.append('tearDownModule')


class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.items = [1, 2, 3]
        self.addCleanup(log.append, 'cleanup')

    def tearDown(self):
        log.append('tearDown')

    def test_equal(self):
        """Checks equality."""
        self.assertEqual(sum(self.items), 6)

    def test_fail_equal(self):
        self.assertEqual(1, 2)

    def test_fail_msg(self):
        self.assertEqual(1.5, 2, 'custom note')

    def test_error(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn('division', str(cm.exception))
        self.assertRaises(ValueError, int, 'x')
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('y')

    def test_raises_missing(self):
        with self.assertRaises(KeyError):
            pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)


class Messages(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertTrue(0), lambda: self.assertFalse([1]),
            lambda: self.assertIs(1, None), lambda: self.assertIsNot(None, None),
            lambda: self.assertIsNone(3), lambda: self.assertIsNotNone(None),
            lambda: self.assertIn(4, [1, 2]), lambda: self.assertNotIn(1, [1]),
            lambda: self.assertIsInstance(1, str), lambda: self.assertNotIsInstance(1, int),
            lambda: self.assertGreater(1, 2), lambda: self.assertGreaterEqual(1, 2),
            lambda: self.assertLess(2, 1), lambda: self.assertLessEqual(2, 1),
            lambda: self.assertAlmostEqual(1.0, 1.1), lambda: self.assertAlmostEqual(1, 2, delta=0.5),
            lambda: self.assertNotAlmostEqual(1.0, 1.0), lambda: self.assertNotEqual(3, 3),
            lambda: self.assertRegex('abc', 'x+'), lambda: self.assertNotRegex('abc', 'b'),
            lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]),
            lambda: self.assertSetEqual({1, 2}, {2, 3}),
            lambda: self.assertEqual(1, 2, msg='extra'),
            lambda: self.assertRaises(KeyError, lambda: None),
            lambda: self.fail('boom'),
            lambda: self.assertEqual(('x' * 100,), ('y' * 100,)),
            lambda: self.assertEqual(10 ** 90, 10 ** 90 + 1),
            lambda: self.assertEqual([1, 2], [1, 3, 4]),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print(e)


class Skipped(unittest.TestCase):
    @unittest.skipIf(True, 'always')
    def test_a(self):
        pass

    @unittest.skipUnless(False, 'never')
    def test_b(self):
        pass

    def test_c(self):
        self.skipTest('inside')


@unittest.skip('whole class')
class AllSkipped(unittest.TestCase):
    def test_x(self):
        pass


def scrub(text):
    # Times and the checkout's path vary.
    text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in Ts', text)
    text = text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')
    return text


def run(verbosity, *classes, **kw):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(scrub(stream.getvalue()))
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))


run(1, Basics, Skipped, AllSkipped)
print(log)
log.clear()
run(2, Basics, Skipped, AllSkipped)
run(0, Basics, failfast=True)
Messages('test_messages').run()
print(unittest.TestLoader().getTestCaseNames(Basics))
t = Basics('test_equal')
print(t, repr(t), t.id(), t.shortDescription(), t.countTestCases())
print(unittest.FunctionTestCase(lambda: None, description='fn'))
unittest.main(argv=['prog', '-k', 'equal'], exit=False)
unittest.main(argv=['prog', 'Skipped'], exit=False, verbosity=2)
unittest.main(argv=['prog', 'Messages.test_messages'])
