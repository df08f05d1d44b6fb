

# ---- zipfile.Path (zipfile_path.py, part of the zipfile module's source) ----
# A pathlib-like view of an archive's names. Directories exist either as members of their
# own ("d/") or because a member's name passes through them; both are listed.

def _parents(path):
    # The directories above path, nearest first: "a/b/c" -> "a/b", "a".
    path = path.rstrip("/")
    while True:
        path = path.rpartition("/")[0].rstrip("/")
        if not path:
            return
        yield path


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist() also has the directories its names imply."""

    @staticmethod
    def _implied_dirs(names):
        present = set(names)
        implied = {}
        for name in names:
            for parent in _parents(name):
                entry = parent + "/"
                if entry not in present:
                    implied[entry] = None
        return implied

    def namelist(self):
        listed = super().namelist()
        return listed + [*self._implied_dirs(listed)]

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """name, or name with a slash when that is the directory it means."""
        names = self._name_set()
        if name not in names and name + "/" in names:
            return name + "/"
        return name

    def getinfo(self, name):
        """The member's ZipInfo; a bare ZipInfo for a directory only implied."""
        try:
            return super().getinfo(name)
        except KeyError:
            if name.endswith('/') and name in self._name_set():
                return ZipInfo(filename=name)
            raise

    @classmethod
    def make(cls, source):
        """A CompleteDirs for source: a file name, or a ZipFile whose class is changed in
        place (to the caching kind only when it is open for reading)."""
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        source.__class__ = cls if 'r' in source.mode else CompleteDirs
        return source


class FastLookup(CompleteDirs):
    """CompleteDirs that computes its names once (for archives open for reading)."""

    def namelist(self):
        cached = self.__dict__.get('_FastLookup__names')
        if cached is None:
            cached = self._FastLookup__names = super(FastLookup, self).namelist()
        return cached

    def _name_set(self):
        cached = self.__dict__.get('_FastLookup__lookup')
        if cached is None:
            cached = self._FastLookup__lookup = super(FastLookup, self)._name_set()
        return cached


class Path:
    """A pathlib-compatible interface for zip files: Path(root, at='') is the entry at
    (a member name, '' for the archive's top) of root, a ZipFile or a file name."""

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)

    def __str__(self):
        import posixpath
        top = self.root.filename
        return posixpath.join(top, self.at)

    def _next(self, at):
        return type(self)(self.root, at)

    def _base(self):
        import pathlib
        where = self.at or self.root.filename
        return pathlib.PurePosixPath(where)

    @property
    def name(self):
        return self._base().name

    @property
    def suffix(self):
        return self._base().suffix

    @property
    def suffixes(self):
        return self._base().suffixes

    @property
    def stem(self):
        return self._base().stem

    @property
    def filename(self):
        import pathlib
        top = pathlib.Path(self.root.filename)
        return top.joinpath(self.at)

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        above = self.at.rstrip('/').rpartition('/')[0]
        return self._next(above + '/' if above else above)

    def is_dir(self):
        return self.at == "" or self.at[-1] == "/"

    def is_file(self):
        return not self.is_dir() and self.exists()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        here = self.at.rstrip("/")
        return (self._next(name) for name in self.root.namelist()
                if name.rstrip("/").rpartition("/")[0] == here)

    def joinpath(self, *other):
        import posixpath
        return self._next(self.root.resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """Open the member: binary ('rb', 'wb') as ZipFile.open gives it, text through
        io.TextIOWrapper with the remaining arguments."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if zip_mode == 'r' and not self.exists():
            raise FileNotFoundError(self)
        member = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return member
        encoding, rest, options = _text_encoding(*args, **kwargs)
        return io.TextIOWrapper(member, encoding, *rest, **options)

    def read_text(self, *args, **kwargs):
        encoding, args, kwargs = _text_encoding(*args, **kwargs)
        with self.open('r', encoding, *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()


def _text_encoding(encoding=None, *args, **kwargs):
    # The encoding argument taken out of open()'s, defaulted as io.text_encoding does.
    chosen = io.text_encoding(encoding, 3)
    return chosen, args, kwargs
