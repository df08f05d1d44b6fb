# `python -m unittest` on a small project: discovery (discover -s -p -t), test names and
# file paths on the command line, -v, -q, -k, -f, -b, a module that fails to import, a
# missing name; the report (stderr) and exit status of each run, with the times, the
# temporary directory and the frames of unittest itself scrubbed.
import os
import re
import subprocess
import sys
import tempfile

FILES = {
    'test_alpha.py': '''
import unittest

def setUpModule():
    print("module setup")

class Alpha(unittest.TestCase):
    def test_pass(self):
        self.assertTrue(True)

    def test_fail(self):
        print("noise on stdout")
        sys.stderr.write("noise on stderr")
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_error(self):
        raise KeyError("missing")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)

import sys
''',
    'test_beta.py': '''
import unittest

class Beta(unittest.TestCase):
    def test_one(self):
        print("beta says hi")

    def test_two(self):
        self.assertIn(3, [1, 2])

class Gamma(unittest.TestCase):
    def test_three(self):
        pass
''',
    'test_broken.py': 'import no_such_module_for_tests\n',
    'helper.py': 'VALUE = 1\n',
    'pkg/__init__.py': '',
    'pkg/test_inner.py': '''
import unittest

class Inner(unittest.TestCase):
    def test_inner(self):
        self.assertEqual("abc\\ndef\\n", "abc\\ndeg\\n")
''',
    'pkg/sub/__init__.py': '',
    'pkg/sub/test_deep.py': '''
import unittest

class Deep(unittest.TestCase):
    def test_deep(self):
        pass
''',
    'notpkg/test_hidden.py': 'raise SystemExit("never imported")\n',
    'other/check_me.py': '''
import unittest

class Other(unittest.TestCase):
    def test_other(self):
        pass
''',
}

RUNS = [
    [], ['-v'], ['-q'], ['-k', 'two'], ['-k', '*pass'], ['-f'], ['-b'], ['-b', '-v'],
    ['test_beta'], ['test_beta.Beta'], ['test_beta.Beta.test_one', '-v'],
    ['test_beta.py', 'test_alpha.Alpha.test_pass'], ['pkg.test_inner'], ['pkg/test_inner.py'],
    ['discover', '-s', 'pkg', '-v'], ['discover', '-s', 'pkg', '-t', '.', '-v'],
    ['discover', '-p', '*_beta.py'], ['discover', 'pkg', 'test_d*.py', '.'],
    ['discover', '-s', 'other', '-p', 'check*.py', '-v'], ['discover', '-s', 'notpkg', '-t', '.'],
    ['test_beta.Nope'], ['no_such_thing'], ['test_beta.Beta.test_nope'],
    ['--bogus'],
]


def scrub(text, root):
    text = text.replace(root + os.sep, '').replace(root, 'ROOT')
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in T', text)
    text = text.replace(os.path.basename(sys.executable) + ' -m unittest', 'PY -m unittest')
    text = re.sub(r'\n +\[', '\n    [', text)   # usage lines indented by the program's name
    lines = text.split('\n')
    kept = []
    skipping = False
    for line in lines:
        if line.startswith('  File "'):
            # frames of unittest itself (CPython's files, gopy's frozen module) differ
            skipping = not line.startswith('  File "test_') and not line.startswith('  File "pkg')
            if skipping:
                continue
        elif skipping and line.startswith('    '):
            continue
        else:
            skipping = False
        if re.fullmatch(r'\s*[~^]+\s*', line):
            continue
        kept.append(line)
    return '\n'.join(kept)


with tempfile.TemporaryDirectory() as root:
    root = os.path.realpath(root)
    for name, body in FILES.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(body)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1', COLUMNS='80')
    for args in RUNS:
        done = subprocess.run([sys.executable, '-m', 'unittest'] + args, cwd=root, env=env,
                              capture_output=True, text=True)
        print('=' * 20, ' '.join(args) or '(no arguments)', '->', done.returncode)
        print('stdout:', scrub(done.stdout, root))
        print(scrub(done.stderr, root))
