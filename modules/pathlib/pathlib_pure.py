

# Globbing: a chain of selectors, one per pattern component.

@functools.lru_cache()
def _make_selector(pattern_parts, flavour):
    pat = pattern_parts[0]
    rest = pattern_parts[1:]
    if not pat:
        return _TerminatingSelector()
    if pat == '**':
        return _RecursiveWildcardSelector(pat, rest, flavour)
    if '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if _has_wildcard(pat):
        return _WildcardSelector(pat, rest, flavour)
    return _PreciseSelector(pat, rest, flavour)


class _Selector:
    """Matches one pattern component against the children of a directory, and hands the
    matches to the selector of the next component."""

    def __init__(self, child_parts, flavour):
        self.child_parts = child_parts
        # Only a directory can hold what the remaining components select.
        self.dironly = bool(child_parts)
        self.successor = (_make_selector(child_parts, flavour) if child_parts
                          else _TerminatingSelector())

    def select_from(self, parent_path):
        cls = type(parent_path)
        if not cls.is_dir(parent_path):
            return iter([])
        return self._select_from(parent_path, cls.is_dir, cls.exists, cls._scandir)


class _TerminatingSelector:
    def _select_from(self, parent_path, is_dir, exists, scandir):
        yield parent_path


class _PreciseSelector(_Selector):
    def __init__(self, name, rest, flavour):
        self.name = name
        _Selector.__init__(self, rest, flavour)

    def _select_from(self, parent_path, is_dir, exists, scandir):
        try:
            path = parent_path._child(self.name)
            present = is_dir(path) if self.dironly else exists(path)
            if present:
                yield from self.successor._select_from(path, is_dir, exists, scandir)
        except PermissionError:
            return


class _WildcardSelector(_Selector):
    def __init__(self, pattern, rest, flavour):
        self.match = flavour.compile_pattern(pattern)
        _Selector.__init__(self, rest, flavour)

    def _select_from(self, parent_path, is_dir, exists, scandir):
        try:
            with scandir(parent_path) as entries:
                found = list(entries)
            for entry in found:
                if self.dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as e:
                        if not _means_missing(e):
                            raise
                        continue
                if self.match(entry.name):
                    path = parent_path._child(entry.name)
                    yield from self.successor._select_from(path, is_dir, exists, scandir)
        except PermissionError:
            return


class _RecursiveWildcardSelector(_Selector):
    def __init__(self, pattern, rest, flavour):
        _Selector.__init__(self, rest, flavour)

    def _iterate_directories(self, parent_path, is_dir, scandir):
        yield parent_path
        try:
            with scandir(parent_path) as entries:
                found = list(entries)
            for entry in found:
                try:
                    below = entry.is_dir(follow_symlinks=False)
                except OSError as e:
                    if not _means_missing(e):
                        raise
                    below = False
                if below:
                    path = parent_path._child(entry.name)
                    yield from self._iterate_directories(path, is_dir, scandir)
        except PermissionError:
            return

    def _select_from(self, parent_path, is_dir, exists, scandir):
        try:
            seen = set()
            for start in self._iterate_directories(parent_path, is_dir, scandir):
                for p in self.successor._select_from(start, is_dir, exists, scandir):
                    if p not in seen:
                        seen.add(p)
                        yield p
        except PermissionError:
            return


class _PathParents(Sequence):
    """The ancestors of a path, nearest first, as a sequence (path.parents)."""
    __slots__ = '_pathcls', '_drv', '_root', '_parts'

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        anchored = bool(self._drv or self._root)
        return len(self._parts) - (1 if anchored else 0)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.indices(len(self))
            return tuple(self[k] for k in range(start, stop, step))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._build(self._drv, self._root, self._parts[:-idx - 1])

    def __repr__(self):
        return "<%s.parents>" % (self._pathcls.__name__,)


class PurePath(object):
    """A path as a value: joining, splitting and comparing without touching the
    filesystem. PurePath() makes the class of the running system (PurePosixPath
    here); PurePosixPath and PureWindowsPath can be made anywhere."""
    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts', '_folded')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath if os.name != 'nt' else PureWindowsPath
        return cls._from_args(args)

    def __reduce__(self):
        # The parts are the arguments that rebuild the path (pickles match CPython's).
        return self.__class__, tuple(self._parts)

    @classmethod
    def _parse_args(cls, args):
        strings = []
        for a in args:
            if isinstance(a, PurePath):
                strings += a._parts
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r"
                    % type(a))
            strings.append(str(a))
        return cls._flavour.split_all(strings)

    @classmethod
    def _from_args(cls, args):
        self = object.__new__(cls)
        self._drv, self._root, self._parts = self._parse_args(args)
        return self

    @classmethod
    def _build(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _joined(self, args):
        added = self._parse_args(args)
        return self._build(*self._flavour.join_split(
            self._drv, self._root, self._parts, *added))

    def __str__(self):
        """The path as a string, as system calls take it."""
        try:
            return self._str
        except AttributeError:
            self._str = self._format(self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with '/' separators."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        """The path encoded with the filesystem encoding (os.fsencode)."""
        return os.fsencode(self)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """A file: URI for this absolute path."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        # The parts as compared: case-folded where the flavour ignores case.
        try:
            return self._folded
        except AttributeError:
            self._folded = self._flavour.casefold_parts(self._parts)
            return self._folded

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._cparts == other._cparts

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive ('c:' or a UNC share on Windows; always '' on POSIX)."""
        return self._drv

    @property
    def root(self):
        """The root ('/' or '' on POSIX)."""
        return self._root

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drv + self._root

    @property
    def name(self):
        """The last component ('' for an anchor alone)."""
        parts = self._parts
        anchor_parts = 1 if self._drv or self._root else 0
        if len(parts) == anchor_parts:
            return ''
        return parts[-1]

    def _split_suffix(self):
        name = self.name
        dot = name.rfind('.')
        if 0 < dot < len(name) - 1:
            return name[:dot], name[dot:]
        return name, ''

    @property
    def suffix(self):
        """The extension of the last component, dot included ('' if none)."""
        return self._split_suffix()[1]

    @property
    def suffixes(self):
        """Every extension of the last component, in order (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The last component without its extension."""
        return self._split_suffix()[0]

    def with_name(self, name):
        """This path with another last component."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = f.split_all((name,))
        if (not name or name[-1] in [f.sep, f.altsep] or drv or root
                or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._build(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """This path with another stem, the extension kept."""
        ext = self.suffix
        return self.with_name(stem + ext)

    def with_suffix(self, suffix):
        """This path with its extension replaced (added if it has none, removed
        for '')."""
        f = self._flavour
        if f.sep in suffix or (f.altsep and f.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix == '.' or (suffix and not suffix.startswith('.')):
            raise ValueError("Invalid suffix %r" % (suffix))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        stem, old = self._split_suffix()
        name = (stem if old else self.name) + suffix
        return self._build(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The part of this path below the path the arguments make; ValueError
        when this path is not under it."""
        if not other:
            raise TypeError("need at least one argument")
        drv, root, parts = self._drv, self._root, self._parts
        mine = [drv, root] + parts[1:] if root else parts
        o_drv, o_root, o_parts = self._parse_args(other)
        theirs = [o_drv, o_root] + o_parts[1:] if o_root else o_parts
        n = len(theirs)
        fold = self._flavour.casefold_parts
        if n == 0:
            bad = bool(root or drv)
        else:
            bad = fold(mine[:n]) != fold(theirs)
        if bad:
            formatted = self._format(o_drv, o_root, o_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._build('', root if n == 1 else '', mine[n:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    @property
    def parts(self):
        """The components, anchor first, as a tuple."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        """This path joined with the arguments, as the / operator does (an
        anchored argument replaces what comes before it)."""
        return self._joined(args)

    def __truediv__(self, key):
        try:
            return self._joined((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The path without its last component (an anchor is its own parent)."""
        if len(self._parts) == 1 and (self._drv or self._root):
            return self
        return self._build(self._drv, self._root, self._parts[:-1])

    @property
    def parents(self):
        """All the ancestors, nearest first."""
        return _PathParents(self)

    def is_absolute(self):
        """True when the path has a root (and a drive, where drives exist)."""
        if not self._root:
            return False
        return bool(self._drv) or not self._flavour.has_drv

    def is_reserved(self):
        """True for names Windows reserves (CON, NUL...); never on POSIX."""
        flavour = self._flavour
        return flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from the
        right (an anchored pattern must match the whole path)."""
        fold = self._flavour.casefold
        drv, root, pat_parts = self._flavour.split_all((fold(path_pattern),))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != fold(self._drv):
            return False
        if root and root != fold(self._root):
            return False
        parts = self._cparts
        if drv or root:
            # An anchored pattern matches the whole path.
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for name, pattern in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(name, pattern):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX rules ('/' separators, no drives)."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows rules (drives, '\\' and '/' separators, no case)."""
    _flavour = _windows_flavour
    __slots__ = ()
