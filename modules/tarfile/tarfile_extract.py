    # This part continues the body of class TarFile (tarfile_archive.py): adding members
    # and extracting them. The parts are joined as text, so these lines are its methods.

    # -- adding members

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """Create a TarInfo object from os.stat of the file name (or fileobj's descriptor);
        arcname is the name in the archive (by default the file's)."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")
        member = self.tarinfo()
        member.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)
        linkname = ""
        mode = st.st_mode
        if stat.S_ISREG(mode):
            key = (st.st_ino, st.st_dev)
            first = self.inodes.get(key)
            if (not self.dereference and st.st_nlink > 1 and first is not None
                    and first != arcname):
                kind, linkname = LNKTYPE, first
            else:
                kind = REGTYPE
                if key[0]:
                    self.inodes[key] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind, linkname = SYMTYPE, os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None         # sockets and the like are not archived
        member.name = arcname
        member.mode = mode
        member.uid, member.gid = st.st_uid, st.st_gid
        member.size = st.st_size if kind == REGTYPE else 0
        member.mtime = st.st_mtime
        member.type = kind
        member.linkname = linkname
        if pwd:
            try:
                member.uname = pwd.getpwuid(member.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                member.gname = grp.getgrgid(member.gid)[0]
            except KeyError:
                pass
        if kind in (CHRTYPE, BLKTYPE):
            member.devmajor, member.devminor = os.major(st.st_rdev), os.minor(st.st_rdev)
        return member

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file name (any kind: directory, fifo, symbolic link...) as arcname;
        directories with their contents unless recursive is false. filter gets each
        TarInfo and returns it (changed or not) or None to leave the file out."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)
        member = self.gettarinfo(name, arcname)
        if member is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            member = filter(member)
            if member is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if member.isreg():
            with bltn_open(name, "rb") as f:
                self.addfile(member, f)
            return
        self.addfile(member)
        if member.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                         recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Add the TarInfo object tarinfo, and tarinfo.size bytes read from the binary
        file fileobj when given."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        head = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            used = _blocks(tarinfo.size)
            if used > tarinfo.size:
                self.fileobj.write(NUL * (used - tarinfo.size))
            self.offset += used
        self.members.append(tarinfo)

    # -- extracting members

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError(
                    'String names are not supported for TarFile.extraction_filter. '
                    'Use a function such as tarfile.data_filter directly.')
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract all members (or those of members) under path; directories get their
        owner, times and mode at the end. filter (a function or 'fully_trusted', 'tar',
        'data') may change or drop each member first."""
        chosen = self._get_filter_function(filter)
        directories = []
        for member in (self if members is None else members):
            member = self._get_extract_tarinfo(member, chosen, path)
            if member is None:
                continue
            if member.isdir():
                directories.append(member)
            self._extract_one(member, path, set_attrs=not member.isdir(),
                              numeric_owner=numeric_owner)
        # Deepest first, so a directory made read-only still lets its children be set.
        directories.sort(key=lambda d: d.name, reverse=True)
        for member in directories:
            where = os.path.join(path, member.name)
            try:
                self.chown(member, where, numeric_owner=numeric_owner)
                self.utime(member, where)
                self.chmod(member, where)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False,
                filter=None):
        """Extract member (a name or a TarInfo) under path, with its owner, times and mode
        unless set_attrs is false; filter as for extractall."""
        chosen = self._get_filter_function(filter)
        member = self._get_extract_tarinfo(member, chosen, path)
        if member is not None:
            self._extract_one(member, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        original = self.getmember(member) if isinstance(member, str) else member
        member = original
        try:
            member = filter_function(original, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if member is None:
            self._dbg(2, "tarfile: Excluded %r" % original.name)
            return None
        if member.islnk():
            member = copy.copy(member)
            member._link_target = os.path.join(path, member.linkname)
        return member

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name),
                                 set_attrs=set_attrs, numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise e
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise e
        if not isinstance(e, OSError):
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))
        elif e.filename is None:
            self._dbg(1, "tarfile: %s" % e.strerror)
        else:
            self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))

    def extractfile(self, member):
        """Return a file object (io.BufferedReader) reading member (a name or a TarInfo):
        a regular file, or what a link points at; None for other members."""
        self._check("r")
        member = self.getmember(member) if isinstance(member, str) else member
        if member.isreg() or member.type not in SUPPORTED_TYPES:
            return self.fileobject(self, member)
        if member.islnk() or member.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(member))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)
        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.isfifo():
            self.makefifo(tarinfo, targetpath)
        elif tarinfo.ischr() or tarinfo.isblk():
            self.makedev(tarinfo, targetpath)
        elif tarinfo.islnk() or tarinfo.issym():
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type not in SUPPORTED_TYPES:
            self.makeunknown(tarinfo, targetpath)
        else:
            self.makefile(tarinfo, targetpath)
        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        """Make a directory called targetpath."""
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                # Owner-only until extractall sets the member's mode at the end.
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            pass

    def makefile(self, tarinfo, targetpath):
        """Make a file called targetpath."""
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with bltn_open(targetpath, "wb") as target:
            if tarinfo.sparse is None:
                copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)
                return
            for start, length in tarinfo.sparse:
                target.seek(start)
                copyfileobj(source, target, length, ReadError, self.copybufsize)
            target.seek(tarinfo.size)
            target.truncate()

    def makeunknown(self, tarinfo, targetpath):
        """Make a file from a TarInfo object with an unknown type at targetpath."""
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        """Make a fifo called targetpath."""
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        """Make a character or block device called targetpath."""
        mode = 0o600 if tarinfo.mode is None else tarinfo.mode
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """Make a (symbolic) link called targetpath; where that fails, extract a copy of
        the member it points at."""
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except symlink_exception:
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give targetpath tarinfo's owner (only root can): by name unless numeric_owner,
        by number when the name is unknown here."""
        if os.geteuid() != 0:
            return
        uid, gid = tarinfo.uid, tarinfo.gid
        if not numeric_owner:
            try:
                if grp and tarinfo.gname:
                    gid = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd and tarinfo.uname:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        uid = -1 if uid is None else uid
        gid = -1 if gid is None else gid
        try:
            if tarinfo.issym():
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        """Set file permissions of targetpath according to tarinfo."""
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        """Set modification time of targetpath according to tarinfo."""
        if tarinfo.mtime is None:
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e


# ---- module functions ---------------------------------------------------------------------

def is_tarfile(name):
    """Return True if name (a path, or a file object read from its position) is a tar
    archive this module can read."""
    try:
        if hasattr(name, "read"):
            start = name.tell()
            archive = open(fileobj=name)
            name.seek(start)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open
