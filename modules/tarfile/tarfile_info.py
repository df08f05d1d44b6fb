# TarInfo: one member, its header written (ustar, GNU, pax) and read back.


class TarInfo(object):
    """Informational class which holds the details about an archive member given by a tar
    header block. TarInfo objects are returned by TarFile.getmember(),
    TarFile.getmembers() and TarFile.gettarinfo() and are usually created internally."""

    __slots__ = dict(
        name='Name of the archive member.',
        mode='Permission bits.',
        uid='User ID of the user who originally stored this member.',
        gid='Group ID of the user who originally stored this member.',
        size='Size in bytes.',
        mtime='Time of last modification.',
        chksum='Header checksum.',
        type='File type.',
        linkname='Name of the target file name, for LNKTYPE and SYMTYPE members.',
        uname='User name.',
        gname='Group name.',
        devmajor='Device major number.',
        devminor='Device minor number.',
        offset='The tar header starts here.',
        offset_data="The file's data starts here.",
        pax_headers='The key-value pairs of an associated pax extended header.',
        sparse='Sparse member information.',
        tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    def __init__(self, name=""):
        """Construct a TarInfo object. name is the optional name of the member."""
        self.name = name
        self.mode = 0o644
        self.uid = self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = self.gname = ""
        self.devmajor = self.devminor = 0
        self.offset = self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    @property
    def path(self):
        'In pax headers, "name" is called "path".'
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        'In pax headers, "linkname" is called "linkpath".'
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP, uid=_KEEP,
                gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True, _KEEP=_KEEP):
        """Return a copy of self (deep unless deep=False) with the given attributes
        replaced."""
        other = copy.deepcopy(self) if deep else copy.copy(self)
        changes = (("name", name), ("mtime", mtime), ("mode", mode), ("linkname", linkname),
                   ("uid", uid), ("gid", gid), ("uname", uname), ("gname", gname))
        for attr, value in changes:
            if value is not _KEEP:
                setattr(other, attr, value)
        return other

    def get_info(self):
        """Return the TarInfo's attributes as a dictionary."""
        info = {
            "name": self.name,
            "mode": None if self.mode is None else self.mode & 0o7777,
            "uid": self.uid, "gid": self.gid, "size": self.size, "mtime": self.mtime,
            "chksum": self.chksum, "type": self.type, "linkname": self.linkname,
            "uname": self.uname, "gname": self.gname,
            "devmajor": self.devmajor, "devminor": self.devminor,
        }
        if self.type == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    # -- writing headers

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """Return a tar header as a string of 512 byte blocks."""
        info = self.get_info()
        for key, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % key)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        """Return the object as a ustar header block."""
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """Return the object as a GNU header block sequence."""
        info["magic"] = GNU_MAGIC
        out = b""
        for key, kind in (("linkname", GNUTYPE_LONGLINK), ("name", GNUTYPE_LONGNAME)):
            if len(info[key].encode(encoding, errors)) > 100:
                out += self._create_gnu_long_header(info[key], kind, encoding, errors)
        return out + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """Return the object as a ustar header block, after a pax extended header for what
        the ustar fields cannot hold."""
        info["magic"] = POSIX_MAGIC
        extra = self.pax_headers.copy()
        for key, pax_key, room in (("name", "path", LENGTH_NAME),
                                   ("linkname", "linkpath", LENGTH_LINK),
                                   ("uname", "uname", 32), ("gname", "gname", 32)):
            if pax_key in extra:
                continue
            text = info[key]
            if not text.isascii() or len(text) > room:
                extra[pax_key] = text
        for key, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[key]
            whole = round(value) if isinstance(value, float) else value
            if 0 <= whole < 8 ** (digits - 1):
                if whole is value:
                    continue
                info[key] = whole
            else:
                info[key] = 0
            if key not in extra:
                extra[key] = str(value)
        head = self._create_pax_generic_header(extra, XHDTYPE, encoding) if extra else b""
        return head + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """Return the object as a pax global header block sequence."""
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        # The split at a slash that puts at most 155 bytes before it and 100 after.
        parts = name.split("/")
        for cut in range(1, len(parts)):
            head, tail = "/".join(parts[:cut]), "/".join(parts[cut:])
            if (len(head.encode(encoding, errors)) <= LENGTH_PREFIX
                    and len(tail.encode(encoding, errors)) <= LENGTH_NAME):
                return head, tail
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        # One 512-byte header block from info's fields, its checksum filled in.
        kind = info.get("type", REGTYPE)
        if kind is None:
            raise ValueError("TarInfo.type must not be None")
        if kind in (CHRTYPE, BLKTYPE):
            dev = itn(info.get("devmajor", 0), 8, format) + itn(info.get("devminor", 0), 8, format)
        else:
            dev = NUL * 16
        block = b"".join((
            stn(info.get("name", ""), 100, encoding, errors),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            b" " * 8,
            kind,
            stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            stn(info.get("uname", ""), 32, encoding, errors),
            stn(info.get("gname", ""), 32, encoding, errors),
            dev,
            stn(info.get("prefix", ""), 155, encoding, errors),
        ))
        block = block[:BLOCKSIZE] + NUL * (BLOCKSIZE - len(block))
        total = calc_chksums(block)[0]
        return block[:148] + ("%06o" % total).encode("ascii") + NUL + block[155:]

    @staticmethod
    def _create_payload(payload):
        return _padded(payload)

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        # A ././@LongLink member whose data is the long name or link target.
        data = name.encode(encoding, errors) + NUL
        head = {"name": "././@LongLink", "type": type, "size": len(data), "magic": GNU_MAGIC}
        return cls._create_header(head, USTAR_FORMAT, encoding, errors) + _padded(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        # A ././@PaxHeader member of "LEN key=value\n" records (LEN counts itself).
        binary = False
        for value in pax_headers.values():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = [b"21 hdrcharset=BINARY\n"] if binary else []
        for key, value in pax_headers.items():
            body = b" " + key.encode("utf-8") + b"=" + (
                value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")) + b"\n"
            size = len(body) + 1
            while len(str(size)) + len(body) != size:
                size = len(str(size)) + len(body)
            records.append(str(size).encode("ascii") + body)
        data = b"".join(records)
        head = {"name": "././@PaxHeader", "type": type, "size": len(data), "magic": POSIX_MAGIC}
        return cls._create_header(head, USTAR_FORMAT, "ascii", "replace") + _padded(data)

    # -- reading headers

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """Construct a TarInfo object from a 512 byte bytes object."""
        if not len(buf):
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        member = cls()
        member.name = nts(buf[0:100], encoding, errors)
        member.mode, member.uid, member.gid = nti(buf[100:108]), nti(buf[108:116]), nti(buf[116:124])
        member.size, member.mtime = nti(buf[124:136]), nti(buf[136:148])
        member.chksum = chksum
        member.type = buf[156:157]
        member.linkname = nts(buf[157:257], encoding, errors)
        member.uname = nts(buf[265:297], encoding, errors)
        member.gname = nts(buf[297:329], encoding, errors)
        member.devmajor, member.devminor = nti(buf[329:337]), nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        if member.type == AREGTYPE and member.name.endswith("/"):
            member.type = DIRTYPE
        if member.type == GNUTYPE_SPARSE:
            # Old GNU sparse headers: four (offset, size) pairs at 386, a flag for more
            # blocks of them at 482, the real size at 483.
            pairs = _sparse_pairs(buf, 386, 4)
            member._sparse_structs = (pairs, bool(buf[482]), nti(buf[483:495]))
        if member.isdir():
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = prefix + "/" + member.name
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """Return the next TarInfo object from TarFile object tarfile."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        member = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        member.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return member._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        end = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            end += _blocks(self.size)
        tarfile.offset = end
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _following(self, tarfile):
        # The member an extension header describes.
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        data = tarfile.fileobj.read(_blocks(self.size))
        member = self._following(tarfile)
        member.offset = self.offset
        text = nts(data, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            member.name = text
        else:
            member.linkname = text
        if member.isdir():
            member.name = member.name.removesuffix("/")
        return member

    def _proc_sparse(self, tarfile):
        pairs, more, realsize = self._sparse_structs
        del self._sparse_structs
        while more:
            buf = tarfile.fileobj.read(BLOCKSIZE)
            pairs.extend(p for p in _sparse_pairs(buf, 0, 21) if p[0] and p[1])
            more = bool(buf[504])
        self.sparse = pairs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + _blocks(self.size)
        self.size = realsize
        return self

    def _proc_pax(self, tarfile):
        data = tarfile.fileobj.read(_blocks(self.size))
        # A global header changes the archive's defaults; an extended one adds to them
        # for the next member only.
        if self.type == XGLTYPE:
            headers = tarfile.pax_headers
        else:
            headers = tarfile.pax_headers.copy()
        charset = re.search(br"\d+ hdrcharset=([^\n]+)\n", data)
        if charset is not None:
            headers["hdrcharset"] = charset.group(1).decode("utf-8")
        names_encoding = tarfile.encoding if headers.get("hdrcharset") == "BINARY" else "utf-8"
        record = re.compile(br"(\d+) ([^=]+)=")
        pos = 0
        while True:
            m = record.match(data, pos)
            if m is None:
                break
            length = int(m.group(1))
            if length == 0:
                raise InvalidHeaderError("invalid header")
            raw = data[m.end(2) + 1:m.start(1) + length - 1]
            key = self._decode_pax_field(m.group(2), "utf-8", "utf-8", tarfile.errors)
            if key in PAX_NAME_FIELDS:
                value = self._decode_pax_field(raw, names_encoding, tarfile.encoding,
                                               tarfile.errors)
            else:
                value = self._decode_pax_field(raw, "utf-8", "utf-8", tarfile.errors)
            headers[key] = value
            pos += length
        member = self._following(tarfile)
        if "GNU.sparse.map" in headers:
            numbers = [int(x) for x in headers["GNU.sparse.map"].split(",")]
            member.sparse = list(zip(numbers[0::2], numbers[1::2]))
        elif "GNU.sparse.size" in headers:
            offsets = [int(x) for x in re.findall(br"\d+ GNU.sparse.offset=(\d+)\n", data)]
            sizes = [int(x) for x in re.findall(br"\d+ GNU.sparse.numbytes=(\d+)\n", data)]
            member.sparse = list(zip(offsets, sizes))
        elif headers.get("GNU.sparse.major") == "1" and headers.get("GNU.sparse.minor") == "0":
            self._read_sparse_map_10(member, tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            member._apply_pax_info(headers, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if "size" in headers:
                end = member.offset_data
                if member.isreg() or member.type not in SUPPORTED_TYPES:
                    end += _blocks(member.size)
                tarfile.offset = end
        return member

    def _read_sparse_map_10(self, member, tarfile):
        # GNU sparse 1.0: the map is at the start of the data, one decimal per line
        # (a count, then offset and size pairs), padded to blocks.
        text = tarfile.fileobj.read(BLOCKSIZE)
        count, text = text.split(b"\n", 1)
        numbers = []
        while len(numbers) < 2 * int(count):
            if b"\n" not in text:
                text += tarfile.fileobj.read(BLOCKSIZE)
            number, text = text.split(b"\n", 1)
            numbers.append(int(number))
        member.offset_data = tarfile.fileobj.tell()
        member.sparse = list(zip(numbers[0::2], numbers[1::2]))

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for key, value in pax_headers.items():
            if key == "GNU.sparse.name":
                self.path = value
            elif key in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(value)
            elif key in PAX_FIELDS:
                convert = PAX_NUMBER_FIELDS.get(key)
                if convert is not None:
                    try:
                        value = convert(value)
                    except ValueError:
                        value = 0
                if key == "path":
                    value = value.rstrip("/")
                setattr(self, key, value)
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        try:
            return value.decode(encoding, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        return _blocks(count)

    # -- kinds

    def isreg(self):
        'Return True if the Tarinfo object is a regular file.'
        return self.type in REGULAR_TYPES

    def isfile(self):
        'Return True if the Tarinfo object is a regular file.'
        return self.isreg()

    def isdir(self):
        'Return True if it is a directory.'
        return self.type == DIRTYPE

    def issym(self):
        'Return True if it is a symbolic link.'
        return self.type == SYMTYPE

    def islnk(self):
        'Return True if it is a hard link.'
        return self.type == LNKTYPE

    def ischr(self):
        'Return True if it is a character device.'
        return self.type == CHRTYPE

    def isblk(self):
        'Return True if it is a block device.'
        return self.type == BLKTYPE

    def isfifo(self):
        'Return True if it is a FIFO.'
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        'Return True if it is one of character device, block device or FIFO.'
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def _sparse_pairs(buf, pos, count):
    # Up to count (offset, size) pairs of 12-byte numbers from pos; an unreadable pair ends
    # the list.
    pairs = []
    for _ in range(count):
        try:
            pairs.append((nti(buf[pos:pos + 12]), nti(buf[pos + 12:pos + 24])))
        except ValueError:
            break
        pos += 24
    return pairs
