"""Compare files and directories: cmp, cmpfiles, dircmp, clear_cache."""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8*1024
DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# (name1, name2, signature1, signature2) -> verdict of a byte comparison.
_cache = {}


def clear_cache():
    """Forget the results of earlier comparisons."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _same_bytes(name1, name2):
    with open(name1, 'rb') as one, open(name2, 'rb') as two:
        while True:
            chunk = one.read(BUFSIZE)
            if chunk != two.read(BUFSIZE):
                return False
            if not chunk:
                return True


def cmp(f1, f2, shallow=True):
    """Return True when the files f1 and f2 look the same.

    With shallow true, equal (type, size, mtime) signatures are enough;
    otherwise the contents are compared. Results are cached until the files'
    signatures change or clear_cache() is called.
    """
    sig1 = _signature(os.stat(f1))
    sig2 = _signature(os.stat(f2))
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    verdict = _cache.get(key)
    if verdict is None:
        verdict = _same_bytes(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = verdict
    return verdict


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in directories a and b.

    Returns three lists: names that match, names that differ, and names that
    could not be compared.
    """
    match, mismatch, errors = [], [], []
    for name in common:
        try:
            same = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except OSError:
            errors.append(name)
            continue
        (match if same else mismatch).append(name)
    return match, mismatch, errors


class dircmp:
    """Compare directories a and b (ignoring names in ignore, which defaults to
    DEFAULT_IGNORES, and hide, which defaults to [os.curdir, os.pardir]).

    Its attributes are computed when first read: left_list, right_list,
    common, left_only, right_only, common_dirs, common_files, common_funny,
    same_files, diff_files, funny_files and subdirs (dircmp objects of the
    same class for common_dirs). report(), report_partial_closure() and
    report_full_closure() print the differences.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(n for n in os.listdir(self.left) if n not in skip)
        self.right_list = sorted(n for n in os.listdir(self.right) if n not in skip)

    def phase1(self):
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [name for key, name in left.items() if key in right]
        self.left_only = [name for key, name in left.items() if key not in right]
        self.right_only = [name for key, name in right.items() if key not in left]

    def phase2(self):
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            try:
                kind1 = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                kind2 = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if kind1 == kind2 and stat.S_ISDIR(kind1):
                self.common_dirs.append(name)
            elif kind1 == kind2 and stat.S_ISREG(kind1):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(
                os.path.join(self.left, name), os.path.join(self.right, name),
                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        print('diff', self.left, self.right)
        for names, title in (
                (self.left_only, ('Only in', self.left, ':')),
                (self.right_only, ('Only in', self.right, ':')),
                (self.same_files, ('Identical files :',)),
                (self.diff_files, ('Differing files :',)),
                (self.funny_files, ('Trouble with common files :',)),
                (self.common_dirs, ('Common subdirectories :',)),
                (self.common_funny, ('Common funny cases :',))):
            if names:
                names.sort()
                print(*title, names)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        compute = self.methodmap.get(attr)
        if compute is None:
            raise AttributeError(attr)
        compute(self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)
