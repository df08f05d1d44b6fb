# -b buffering around failing class and module fixtures: what they print is kept and shown
# with their errors, as CPython's runner does.
import unittest, io, re
def setUpModule(): print("mod up")
def tearDownModule(): raise ValueError("mod down")
class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("cls up"); raise KeyError("cls")
    def test_a(self): pass
class B(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        print("noise"); raise RuntimeError("td")
    def test_b(self): print("in b")
s = io.StringIO()
unittest.TextTestRunner(stream=s, verbosity=2, buffer=True).run(unittest.defaultTestLoader.loadTestsFromModule(__import__('__main__')))
print(re.sub(r'File ".*?"', 'F', re.sub(r'in \d\.\d+s', '', s.getvalue())))
