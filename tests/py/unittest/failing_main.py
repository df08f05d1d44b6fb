# unittest.main() of a module whose tests fail: the report goes to stderr and the exit
# status is 1 (the golden keeps the last line, "FAILED (failures=1, errors=1)").
import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_wrong(self):
        self.assertEqual(2 * 2, 5)

    def test_crash(self):
        raise RuntimeError('boom')

    @unittest.skip('later')
    def test_later(self):
        pass


if __name__ == '__main__':
    print('running')
    unittest.main(verbosity=2)
