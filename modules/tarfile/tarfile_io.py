
# ---- streams: the 'r|' and 'w|' modes ---------------------------------------------------
# A stream is read or written front to back in bufsize pieces, never seeked backwards;
# gzip data is (de)compressed on the way with zlib, bz2 and xz raise CompressionError as
# CPython does where those modules are missing (gopy has neither).

class _LowLevelFile:
    """A descriptor opened for a stream of blocks, read and written with os calls."""

    def __init__(self, name, mode):
        flags = os.O_RDONLY if mode == "r" else os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        self.fd = os.open(name, flags, 0o666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, s):
        os.write(self.fd, s)


def _sniff(head):
    # The compression a stream's first bytes announce.
    if head.startswith(b"\x1f\x8b\x08"):
        return "gz"
    if head[:3] == b"BZh" and head[4:10] == b"1AY&SY":
        return "bz2"
    if head.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
        return "xz"
    return "tar"


class _StreamProxy(object):
    """Reads the first block of a stream to tell its compression, then hands it back."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = fileobj.read(BLOCKSIZE)

    def read(self, size):
        self.read = self.fileobj.read
        return self.buf

    def getcomptype(self):
        return _sniff(self.buf)

    def close(self):
        self.fileobj.close()


class _Stream:
    """The file object a TarFile in a stream mode reads or writes: blocks in order, with
    gzip compression on the way when asked."""

    def __init__(self, name, mode, comptype, fileobj, bufsize):
        self._extfileobj = fileobj is not None
        if fileobj is None:
            fileobj = _LowLevelFile(name, mode)
        if comptype == "*":
            fileobj = _StreamProxy(fileobj)
            comptype = fileobj.getcomptype()
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.buf = b""          # raw bytes read ahead, or compressed bytes not yet written
        self.dbuf = b""         # decompressed bytes not yet handed out
        self.pos = 0            # position in the uncompressed data
        self.closed = False
        try:
            if comptype == "gz":
                import zlib
                self.zlib = zlib
                self.crc = zlib.crc32(b"")
                self.exception = zlib.error
                if mode == "r":
                    self._start_reading_gzip()
                else:
                    self._start_writing_gzip()
            elif comptype in ("bz2", "xz"):
                module = "bz2" if comptype == "bz2" else "lzma"
                raise CompressionError("%s module is not available" % module)
            elif comptype != "tar":
                raise CompressionError("unknown compression type %r" % comptype)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _start_writing_gzip(self):
        self.cmp = self.zlib.compressobj(9, self.zlib.DEFLATED, -self.zlib.MAX_WBITS,
                                         self.zlib.DEF_MEM_LEVEL, 0)
        # A gzip header with the FNAME flag: the archive's base name without ".gz".
        stamp = struct.pack("<L", int(time.time()))
        self._put(b"\x1f\x8b\x08\x08" + stamp + b"\x02\xff")
        base = self.name[:-3] if self.name.endswith(".gz") else self.name
        self.name = os.path.basename(base)
        self._put(self.name.encode("iso-8859-1", "replace") + NUL)

    def _start_reading_gzip(self):
        self.cmp = self.zlib.decompressobj(-self.zlib.MAX_WBITS)
        if self._raw(2) != b"\x1f\x8b":
            raise ReadError("not a gzip file")
        if self._raw(1) != b"\x08":
            raise CompressionError("unsupported compression method")
        flags = self._raw(1)[0]
        self._raw(6)
        if flags & 4:
            extra = self._raw(2)
            self.read(extra[0] + 256 * extra[1])
        for bit in (8, 16):             # FNAME, FCOMMENT: NUL-terminated
            if flags & bit:
                while True:
                    ch = self._raw(1)
                    if not ch or ch == NUL:
                        break
        if flags & 2:
            self._raw(2)

    def _put(self, data):
        # Buffer data and write out whole bufsize pieces.
        self.buf += data
        while len(self.buf) > self.bufsize:
            self.fileobj.write(self.buf[:self.bufsize])
            self.buf = self.buf[self.bufsize:]

    def _raw(self, size):
        # size raw bytes of the underlying stream (fewer at its end).
        pieces, have = [self.buf], len(self.buf)
        while have < size:
            piece = self.fileobj.read(self.bufsize)
            if not piece:
                break
            pieces.append(piece)
            have += len(piece)
        data = b"".join(pieces)
        self.buf = data[size:]
        return data[:size]

    def write(self, s):
        if self.comptype == "gz":
            self.crc = self.zlib.crc32(s, self.crc)
        self.pos += len(s)
        if self.comptype != "tar":
            s = self.cmp.compress(s)
        self._put(s)

    def read(self, size):
        data = self._raw(size) if self.comptype == "tar" else self._inflate(size)
        self.pos += len(data)
        return data

    def _inflate(self, size):
        pieces, have = [self.dbuf], len(self.dbuf)
        while have < size:
            if len(self.buf):
                raw, self.buf = self.buf, b""
            else:
                raw = self.fileobj.read(self.bufsize)
                if not raw:
                    break
            try:
                piece = self.cmp.decompress(raw)
            except self.exception as e:
                raise ReadError("invalid compressed data") from e
            pieces.append(piece)
            have += len(piece)
        data = b"".join(pieces)
        self.dbuf = data[size:]
        return data[:size]

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        left = pos - self.pos
        while left > 0:
            step = min(left, self.bufsize)
            if not self.read(step):
                break
            left -= step
        return self.pos

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w" and self.comptype != "tar":
                self.buf += self.cmp.flush()
            if self.mode == "w" and len(self.buf):
                self.fileobj.write(self.buf)
                self.buf = b""
                if self.comptype == "gz":
                    self.fileobj.write(struct.pack("<LL", self.crc, self.pos & 0xffffffff))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def __del__(self):
        if getattr(self, "closed", True) is False:
            self.close()


# ---- member data --------------------------------------------------------------------------

class _FileInFile(object):
    """The bytes of one member inside the archive's file object, as a raw file; holes of a
    sparse member read as NULs."""

    def __init__(self, fileobj, offset, size, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = getattr(fileobj, "name", None)
        self.closed = False
        # (start, stop, where in fileobj or None for a hole), covering 0..size.
        self.map = []
        at, stored = 0, offset
        for start, length in (blockinfo if blockinfo is not None else [(0, size)]):
            if start > at:
                self.map.append((at, start, None))
            self.map.append((start, start + length, stored))
            stored += length
            at = start + length
        if at < size:
            self.map.append((at, size, None))

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == io.SEEK_CUR:
            target = self.position + position
        elif whence == io.SEEK_END:
            target = self.size + position
        else:
            raise ValueError("Invalid argument")
        self.position = max(0, min(target, self.size))
        return self.position

    def read(self, size=None):
        left = self.size - self.position
        if size is not None:
            left = min(size, left)
        out = []
        while left > 0:
            for start, stop, where in self.map:
                if start <= self.position < stop:
                    break
            else:
                # A damaged sparse map that leaves this position out: read it as a hole
                # up to the next piece (CPython's reader would loop for ever here).
                later = [start for start, _, _ in self.map if start > self.position]
                start, stop, where = self.position, min(later, default=self.size), None
            n = min(left, stop - self.position)
            if where is None:
                out.append(NUL * n)
            else:
                self.fileobj.seek(where + self.position - start)
                piece = self.fileobj.read(n)
                if len(piece) != n:
                    raise ReadError("unexpected end of data")
                out.append(piece)
            left -= n
            self.position += n
        return b"".join(out)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.closed = True


class ExFileObject(io.BufferedReader):
    """The file object extractfile() returns: a buffered reader over one member."""

    def __init__(self, tarfile, tarinfo):
        raw = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size, tarinfo.sparse)
        super().__init__(raw)


# ---- extraction filters (3.11.4+) ---------------------------------------------------------

class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would be extracted to {path!r}, '
                         'which is outside the destination')


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would link to {path!r}, '
                         'which is outside the destination')


def _inside(path, root):
    return os.path.commonpath([path, root]) == root


def _get_filtered_attrs(member, dest_path, for_data=True):
    # The attributes the 'tar' (for_data False) or 'data' filter changes, or the
    # FilterError that refuses the member.
    changes = {}
    root = os.path.realpath(dest_path)
    name = member.name
    if name.startswith(('/', os.sep)):
        name = changes['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target = os.path.realpath(os.path.join(root, name))
    if not _inside(target, root):
        raise OutsideDestinationError(member, target)
    mode = member.mode
    if mode is not None:
        mode &= 0o755                   # no set-id, sticky or group/other write bits
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111      # executable for others only if for the owner
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes['mode'] = mode
    if for_data:
        for attr in ('uid', 'gid', 'uname', 'gname'):
            if getattr(member, attr) is not None:
                changes[attr] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                linked = os.path.join(root, os.path.dirname(name), member.linkname)
            else:
                linked = os.path.join(root, member.linkname)
            linked = os.path.realpath(linked)
            if not _inside(linked, root):
                raise LinkOutsideDestinationError(member, linked)
    return changes


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    changes = _get_filtered_attrs(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    changes = _get_filtered_attrs(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = {
    "fully_trusted": fully_trusted_filter,
    "tar": tar_filter,
    "data": data_filter,
}
