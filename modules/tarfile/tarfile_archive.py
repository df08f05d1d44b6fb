
# ---- TarFile ------------------------------------------------------------------------------

class TarFile(object):
    """The TarFile Class provides an interface to tar archives."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        """Open an (uncompressed) tar archive name: mode 'r' reads, 'a' appends, 'w'
        creates or truncates, 'x' creates a new file. A given fileobj is used for the data
        (its own mode wins) and is not closed with the TarFile."""
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]
        if not fileobj:
            if mode == "a" and not os.path.exists(name):
                self.mode, self._mode = "w", "wb"
            fileobj = bltn_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        for attr, value in (("format", format), ("tarinfo", tarinfo),
                            ("dereference", dereference), ("ignore_zeros", ignore_zeros),
                            ("encoding", encoding), ("debug", debug),
                            ("errorlevel", errorlevel)):
            if value is not None:
                setattr(self, attr, value)
        self.errors = errors
        self.pax_headers = pax_headers if pax_headers is not None and self.format == PAX_FORMAT else {}
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}        # (inode, device) -> first archive name, for hard links
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                self._skip_to_end()
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    head = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(head)
                    self.offset += len(head)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _skip_to_end(self):
        # Read the members of an archive opened to append, leaving the file at its end
        # marker.
        while True:
            self.fileobj.seek(self.offset)
            try:
                self.members.append(self.tarinfo.fromtarfile(self))
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None

    # -- opening

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive for reading, writing or appending and return a TarFile.
        mode is 'r' or 'r:*' (compression detected), 'r:', 'r:gz', 'r:bz2', 'r:xz',
        'a'/'a:', 'w'/'w:', 'w:gz'..., 'x'/'x:', 'x:gz'..., or a stream mode: 'r|*',
        'r|', 'r|gz'..., 'w|', 'w|gz'..."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            return cls._open_any(name, fileobj, kwargs)
        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            method = cls.OPEN_METH.get(comptype or "tar")
            if method is None:
                raise CompressionError("unknown compression type %r" % comptype)
            return getattr(cls, method)(name, filemode or "r", fileobj, **kwargs)
        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            stream = _Stream(name, filemode, comptype or "tar", fileobj, bufsize)
            try:
                archive = cls(name, filemode, stream, **kwargs)
            except:
                stream.close()
                raise
            archive._extfileobj = False
            return archive
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_any(cls, name, fileobj, kwargs):
        # Try the compressed formats first, plain tar last; every failure is listed.
        order = sorted(cls.OPEN_METH, key=lambda kind: cls.OPEN_METH[kind] == "taropen")
        failures = []
        for kind in order:
            start = fileobj.tell() if fileobj is not None else None
            try:
                return getattr(cls, cls.OPEN_METH[kind])(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as e:
                failures.append(f'- method {kind}: {e!r}')
                if fileobj is not None:
                    fileobj.seek(start)
        summary = "\n".join(failures)
        raise ReadError(f"file could not be opened successfully:\n{summary}")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open uncompressed tar archive name for reading or writing."""
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open gzip compressed tar archive name for reading or writing. Appending is not
        allowed."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        from gzip import GzipFile
        try:
            inner = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == 'r':
                raise ReadError("not a gzip file") from e
            raise
        try:
            archive = cls.taropen(name, mode, inner, **kwargs)
        except OSError as e:
            inner.close()
            if mode == 'r':
                raise ReadError("not a gzip file") from e
            raise
        except:
            inner.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open bzip2 compressed tar archive name: gopy has no bz2 module."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        raise CompressionError("bz2 module is not available")

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open lzma compressed tar archive name: gopy has no lzma module."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        raise CompressionError("lzma module is not available")

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    def close(self):
        """Close the TarFile. In write-mode, two finishing zero blocks are appended to the
        archive, and zeros up to the end of the record."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (2 * BLOCKSIZE))
                self.offset += 2 * BLOCKSIZE
                rest = self.offset % RECORDSIZE
                if rest:
                    self.fileobj.write(NUL * (RECORDSIZE - rest))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # An error inside the block: the archive is left unfinished.
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    # -- members

    def next(self):
        """Return the next member of the archive as a TarInfo object, when TarFile is
        opened for reading. Return None if there is no more available."""
        self._check("ra")
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            # The previous member's data must all be there.
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        member = None
        while True:
            try:
                member = self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                import zlib
                if isinstance(e, zlib.error):
                    raise ReadError(f'zlib error: {e}') from None
                raise
            break
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def getmembers(self):
        """Return the members of the archive as a list of TarInfo objects, in archive
        order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """Return the members' names, in the order of getmembers()."""
        return [member.name for member in self.getmembers()]

    def getmember(self, name):
        """Return the TarInfo of member name (its last occurrence); KeyError if there is
        none."""
        member = self._getmember(name.rstrip('/'))
        if member is None:
            raise KeyError("filename %r not found" % name)
        return member

    def _getmember(self, name, tarinfo=None, normalize=False):
        # The last member called name, before tarinfo when given.
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            try:
                members = members[:members.index(tarinfo)]
            except ValueError:
                skipping = True
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            if skipping:
                if tarinfo.offset == member.offset:
                    skipping = False
                continue
            candidate = os.path.normpath(member.name) if normalize else member.name
            if candidate == name:
                return member
        if skipping:
            raise ValueError(tarinfo)
        return None

    def _find_link_target(self, tarinfo):
        # The member a link points at: a symbolic link's target is relative to its own
        # directory, a hard link's is an archive name found before the link.
        if tarinfo.issym():
            linkname = "/".join(p for p in (os.path.dirname(tarinfo.name), tarinfo.linkname) if p)
            limit = None
        else:
            linkname, limit = tarinfo.linkname, tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            yield self.next()
            index = 1
        while True:
            if index < len(self.members):
                member = self.members[index]
            elif self._loaded:
                return
            else:
                member = self.next()
                if not member:
                    self._loaded = True
                    return
            index += 1
            yield member

    def list(self, verbose=True, *, members=None):
        """Print a table of contents to sys.stdout: names only, or with verbose an
        `ls -l'-like listing. members is a subset of getmembers()."""
        self._check()
        for member in (self if members is None else members):
            if verbose:
                _safe_print("??????????" if member.mode is None else stat.filemode(member.mode))
                _safe_print("%s/%s" % (member.uname or member.uid, member.gname or member.gid))
                if member.ischr() or member.isblk():
                    _safe_print("%10s" % ("%d,%d" % (member.devmajor, member.devminor)))
                else:
                    _safe_print("%10d" % member.size)
                if member.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6])
            _safe_print(member.name + ("/" if member.isdir() else ""))
            if verbose:
                if member.issym():
                    _safe_print("-> " + member.linkname)
                if member.islnk():
                    _safe_print("link to " + member.linkname)
            print()
