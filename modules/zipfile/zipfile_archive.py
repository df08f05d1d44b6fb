

# ---- the archive (zipfile_archive.py, part of the zipfile module's source) ----


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing: data is kept until close(), then compressed and
    written with its header (the archive's file is written by one member at a time)."""

    def __init__(self, zipfile, zinfo, zip64):
        super().__init__()
        self._zipfile = zipfile
        self._zinfo = zinfo
        self._zip64 = zip64
        self._parts = []

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            size = len(data)
        else:
            data = memoryview(data)
            size = data.nbytes
        self._parts.append(bytes(data))
        return size

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            self._zipfile._store(self._zinfo, b"".join(self._parts), self._zip64)
        finally:
            self._zipfile._writing = False


class ZipFile:
    """A ZIP archive: ZipFile(file, mode='r', compression=ZIP_STORED, allowZip64=True,
    compresslevel=None, *, strict_timestamps=True, metadata_encoding=None).

    file is a path or a file object; mode is 'r' to read, 'w' to write a new archive,
    'x' to create one that must not exist, 'a' to append to an archive (or to any file)."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_method(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._lock = threading.RLock()
        self._didModify = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            open_modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, open_modes[mode])
            except FileNotFoundError:
                if mode != 'a':
                    raise
                mode = 'w'
                self.fp = io.open(file, 'w+b')
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.start_dir = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not an archive: a new one goes at the end of the file.
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp, self.fp = self.fp, None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        self.close()

    def __repr__(self):
        text = '<%s.%s' % (type(self).__module__, type(self).__qualname__)
        if self.fp is None:
            return text + ' [closed]>'
        if self._filePassed:
            text += ' file=%r' % (self.fp,)
        elif self.filename is not None:
            text += ' filename=%r' % (self.filename,)
        return text + ' mode=%r>' % (self.mode,)

    def _read_directory(self):
        # Reads the central directory into filelist and NameToInfo.
        fp = self.fp
        found = _find_end(fp)
        if found is None:
            raise BadZipFile("File is not a zip file")
        fields, comment, where = found
        self._comment = comment
        dir_size, dir_offset = fields[5], fields[6]
        # Bytes prepended to the archive (a self-extracting stub) shift every offset.
        shift = where - dir_size - dir_offset
        big = _zip64_end(fp, where)
        if big is not None:
            dir_size, dir_offset = big[1], big[2]
            shift = where - _LOCATOR_SIZE - _END64_SIZE - dir_size - dir_offset
        self.start_dir = dir_offset + shift
        fp.seek(self.start_dir)
        directory = fp.read(dir_size)
        pos = 0
        encoding = self.metadata_encoding or 'cp437'
        while pos < len(directory):
            record = directory[pos:pos + _CENTRAL_SIZE]
            if len(record) != _CENTRAL_SIZE:
                raise BadZipFile("Truncated central directory")
            f = struct.unpack(_CENTRAL_FMT, record)
            if f[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL_SIZE
            name = directory[pos:pos + f[12]]
            pos += f[12]
            flags = f[5]
            name = _decode_name(name, 'utf-8' if flags & _FLAG_UTF8 else encoding)
            info = ZipInfo(name)
            info.extra = directory[pos:pos + f[13]]
            pos += f[13]
            info.comment = directory[pos:pos + f[14]]
            pos += f[14]
            info.header_offset = f[18]
            (info.create_version, info.create_system, info.extract_version, info.reserved,
             info.flag_bits, info.compress_type, t, d, info.CRC, info.compress_size,
             info.file_size) = f[1:12]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (info.extract_version / 10))
            info.volume, info.internal_attr, info.external_attr = f[15:18]
            info._raw_time = t
            info._decodeExtra()
            info.header_offset += shift
            info.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                              t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
        ends = sorted(i.header_offset for i in self.filelist) + [self.start_dir]
        for info in self.filelist:
            later = [e for e in ends if e > info.header_offset]
            info._end_offset = later[0] if later else self.start_dir

    def namelist(self):
        """The names of the members, in the archive's order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The ZipInfo of each member, in the archive's order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of the members to file (stdout)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """Read every member; the name of the first that is damaged, else None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called name."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        """Set the default password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive's comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT,
                          stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """The bytes of the member name (a name or a ZipInfo)."""
        with self.open(name, "r", pwd) as member:
            return member.read()

    def _check_open(self):
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for the member name: to read it (mode 'r') or write it ('w')."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        self._check_open()
        if isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(info, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        with self._lock:
            self.fp.seek(info.header_offset)
            header = self.fp.read(_LOCAL_SIZE)
            if len(header) != _LOCAL_SIZE:
                raise BadZipFile("Truncated file header")
            h = struct.unpack(_LOCAL_FMT, header)
            if h[0] != _LOCAL_SIG:
                raise BadZipFile("Bad magic number for file header")
            local_name = self.fp.read(h[10])
            if h[11]:
                self.fp.read(h[11])
            if info.flag_bits & 0x20:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if info.flag_bits & 0x40:
                raise NotImplementedError("strong encryption (flag bit 6)")
            local_name = _decode_name(local_name, 'utf-8' if h[3] & _FLAG_UTF8
                                      else self.metadata_encoding or 'cp437')
            if local_name != info.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (info.orig_filename, local_name))
            if info.flag_bits & _FLAG_ENCRYPTED:
                pwd = pwd or self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required for extraction" % name)
            else:
                pwd = None
            _check_method(info.compress_type)
            return ZipExtFile(self.fp, mode, info, pwd)

    def _open_to_write(self, info, force_zip64=False):
        if self.mode == 'r':
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. Close the first handle before opening another.")
        _check_method(info.compress_type)
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=3)
        if not self._allowZip64:
            info.header_offset = self.start_dir
            for what, over in (("Files count", len(self.filelist) >= ZIP_FILECOUNT_LIMIT),
                               ("Filesize", info.file_size > ZIP64_LIMIT),
                               ("Zipfile size", info.header_offset > ZIP64_LIMIT)):
                if over:
                    raise LargeZipFile(what + " would require ZIP64 extensions")
        # As CPython: the local header gets a ZIP64 field when asked, or when the size known
        # beforehand comes near the limit; a member that outgrows a header without one fails.
        zip64 = self._allowZip64 and (force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT)
        self._writing = True
        return _ZipWriteFile(self, info, zip64)

    def _store(self, info, data, zip64):
        # Writes a member: its header, its (compressed) data, and notes it in the directory.
        info.file_size = len(data)
        info.CRC = binascii.crc32(data)
        if info.compress_type == ZIP_DEFLATED:
            level = info._compresslevel
            deflater = zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)
            data = deflater.compress(data) + deflater.flush()
        info.compress_size = len(data)
        if not zip64:
            if info.file_size > ZIP64_LIMIT:
                raise RuntimeError("File size too large, try using force_zip64")
            if info.compress_size > ZIP64_LIMIT:
                raise RuntimeError("Compressed size too large, try using force_zip64")
        with self._lock:
            self.fp.seek(self.start_dir)
            info.header_offset = self.fp.tell()
            info.flag_bits &= ~_FLAG_DESCRIPTOR
            self.fp.write(info.FileHeader(zip64))
            self.fp.write(data)
            self.start_dir = self.fp.tell()
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            self._didModify = True

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the file filename in the archive under the name arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self._open_to_write(info).close()
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self._open_to_write(info) as dest:
            while True:
                chunk = src.read(1 << 20)
                if not chunk:
                    break
                dest.write(chunk)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Put data (bytes, or str written as UTF-8) in the archive as a member named by
        zinfo_or_arcname (a name or a ZipInfo)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.is_dir():
                info.external_attr = (0o40775 << 16) | 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(data)
        with self._open_to_write(info) as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory member."""
        given = zinfo_or_directory_name
        if isinstance(given, ZipInfo):
            info = given
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(given, str):
            name = given
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._open_to_write(info).close()

    def extract(self, member, path=None, pwd=None):
        """Extract member into the directory path (the current one); return its path."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        where = self._extract_member(member, path, pwd)
        return where

    def extractall(self, path=None, members=None, pwd=None):
        """Extract the members (all of them by default) into the directory path."""
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    def _extract_member(self, member, target, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        # Only the safe parts of the name: no root, no drive, no '.' or '..'.
        relative = os.path.splitdrive(info.filename.replace('/', os.path.sep))[1]
        parts = [p for p in relative.split(os.path.sep) if p not in ('', os.path.curdir, os.path.pardir)]
        dest = os.path.join(target, *parts) if parts else target
        dest = os.path.normpath(dest)
        parent = os.path.dirname(dest)
        if parent and not os.path.isdir(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(dest):
                os.mkdir(dest)
            return dest
        with self.open(info, pwd=pwd) as src, open(dest, "wb") as out:
            out.write(src.read())
        return dest

    def close(self):
        """Write the central directory (when writing) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    self.fp.seek(self.start_dir)
                    self._write_directory()
        finally:
            fp, self.fp = self.fp, None
            if not self._filePassed:
                fp.close()

    def _write_directory(self):
        start = self.fp.tell()
        for info in self.filelist:
            dosdate, dostime = info._dos_time()
            name, flags = info._encoded_name()
            # What the 32-bit fields cannot hold goes to a ZIP64 field, in APPNOTE's order.
            wide = []
            usize, csize, offset = info.file_size, info.compress_size, info.header_offset
            if usize > ZIP64_LIMIT or csize > ZIP64_LIMIT:
                wide += [usize, csize]
                usize = csize = 0xFFFFFFFF
            if offset > ZIP64_LIMIT:
                wide.append(offset)
                offset = 0xFFFFFFFF
            extra = info.extra
            create_version, extract_version = info.create_version, info.extract_version
            if wide:
                extra = struct.pack('<HH%dQ' % len(wide), _ZIP64_EXTRA, 8 * len(wide), *wide) \
                    + _strip_extra(extra, (_ZIP64_EXTRA,))
                create_version = max(create_version, ZIP64_VERSION)
                extract_version = max(extract_version, ZIP64_VERSION)
            record = struct.pack(_CENTRAL_FMT, _CENTRAL_SIG, create_version,
                                 info.create_system, extract_version, info.reserved,
                                 flags, info.compress_type, dostime, dosdate, info.CRC,
                                 csize, usize, len(name), len(extra),
                                 len(info.comment), 0, info.internal_attr, info.external_attr,
                                 offset)
            self.fp.write(record + name + extra + info.comment)
        end = self.fp.tell()
        count, size = len(self.filelist), end - start
        too_big = None
        if count > ZIP_FILECOUNT_LIMIT:
            too_big = "Files count"
        elif start > ZIP64_LIMIT:
            too_big = "Central directory offset"
        elif size > ZIP64_LIMIT:
            too_big = "Central directory size"
        if too_big:
            if not self._allowZip64:
                raise LargeZipFile(too_big + " would require ZIP64 extensions")
            self.fp.write(struct.pack(_END64_FMT, _END64_SIG, 44, 45, 45, 0, 0, count, count,
                                      size, start))
            self.fp.write(struct.pack(_LOCATOR_FMT, _LOCATOR_SIG, 0, end, 1))
            count, size, start = min(count, 0xFFFF), min(size, 0xFFFFFFFF), min(start, 0xFFFFFFFF)
        self.fp.write(struct.pack(_END_FMT, _END_SIG, 0, 0, count, count, size, start,
                                  len(self._comment)) + self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()


class PyZipFile(ZipFile):
    """PyZipFile (archives of compiled Python modules) is not available in gopy."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("PyZipFile is not supported by gopy (no .pyc files)")

