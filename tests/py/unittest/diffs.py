# Failure messages that carry difflib's ndiff: long strings, lists, tuples, dicts and
# sequences, maxDiff (the "Diff is N characters long" note) and the 2**16 threshold.
import collections
import unittest


class Diffs(unittest.TestCase):
    def check(self, fn, *args, **kwargs):
        try:
            fn(*args, **kwargs)
        except AssertionError as e:
            print(e)
            print('-----')
        else:
            print('no failure')

    def test_all(self):
        self.check(self.assertEqual, 'abc\ndef\nghi\n', 'abc\ndxf\nghi\n')
        self.check(self.assertEqual, 'one line', 'one lime')
        self.check(self.assertEqual, 'one line\n', 'one lime\n')
        self.check(self.assertEqual, 'a\r\nb', 'a\r\nc')
        self.check(self.assertMultiLineEqual, 'x' * 50 + '\n' + 'y' * 50, 'x' * 50 + '\n' + 'z' * 50)
        self.check(self.assertEqual, [1, 2, 3], [1, 2, 4])
        self.check(self.assertEqual, list(range(30)), list(range(1, 31)))
        self.check(self.assertEqual, (1, 'a'), (1, 'b', None))
        self.check(self.assertEqual, {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': 0})
        self.check(self.assertDictEqual, {i: str(i) * 10 for i in range(12)},
                   {i: str(i) * 10 for i in range(1, 13)})
        self.check(self.assertSequenceEqual, 'abc', 'abd')
        self.check(self.assertSequenceEqual, [1, 2], (1, 2))
        self.check(self.assertSequenceEqual, [1, 2], (1, 3))
        self.check(self.assertSequenceEqual, 1, [1])
        self.check(self.assertSequenceEqual, [1], 1)
        self.check(self.assertListEqual, [1], (1,))
        self.check(self.assertTupleEqual, (1,), [1])
        self.check(self.assertEqual, [{'k': 'v' * 30}] * 3, [{'k': 'v' * 30}] * 2)
        self.check(self.assertEqual, ['line %d' % i for i in range(100)],
                   ['line %d' % i for i in range(100) if i != 50])
        self.check(self.assertEqual, collections.OrderedDict(a=1), collections.OrderedDict(a=2))
        self.check(self.assertEqual, 'x' * 70000, 'x' * 69999 + 'y')
        self.check(self.assertEqual, [1, 2], [1, 3], 'custom')
        self.longMessage = False
        self.check(self.assertEqual, [1, 2], [1, 3], 'custom')
        self.check(self.assertEqual, [1, 2], [1, 3])
        self.longMessage = True
        self.maxDiff = None
        self.check(self.assertEqual, ['line %d' % i for i in range(100)],
                   ['line %d' % i for i in range(100) if i != 50])
        self.maxDiff = 10
        self.check(self.assertEqual, 'abc\ndef\n', 'abc\ndeg\n')
        self.check(self.assertEqual, {1: 2}, {1: 3})
        self.maxDiff = 0
        self.check(self.assertEqual, (1,), (2,))


Diffs('test_all').test_all()
