"""Guess a file's MIME type from its name, and a name's extension from a type.

The tables start from gopy's built-in list and grow with the system's mime.types files
(knownfiles) when the module is first used, as CPython's do; MimeTypes objects keep
tables of their own.
"""

import os
import posixpath
import urllib.parse

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
           "guess_extension", "add_type", "init", "read_mime_types", "suffix_map",
           "encodings_map", "types_map", "common_types"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# Built-in extension -> type tables, one "extension type" pair per line.
_STANDARD = """
.js application/javascript
.mjs application/javascript
.json application/json
.webmanifest application/manifest+json
.doc application/msword
.dot application/msword
.wiz application/msword
.nq application/n-quads
.nt application/n-triples
.bin application/octet-stream
.a application/octet-stream
.dll application/octet-stream
.exe application/octet-stream
.o application/octet-stream
.obj application/octet-stream
.so application/octet-stream
.oda application/oda
.pdf application/pdf
.p7c application/pkcs7-mime
.ps application/postscript
.ai application/postscript
.eps application/postscript
.trig application/trig
.m3u application/vnd.apple.mpegurl
.m3u8 application/vnd.apple.mpegurl
.xls application/vnd.ms-excel
.xlb application/vnd.ms-excel
.ppt application/vnd.ms-powerpoint
.pot application/vnd.ms-powerpoint
.ppa application/vnd.ms-powerpoint
.pps application/vnd.ms-powerpoint
.pwz application/vnd.ms-powerpoint
.wasm application/wasm
.bcpio application/x-bcpio
.cpio application/x-cpio
.csh application/x-csh
.dvi application/x-dvi
.gtar application/x-gtar
.hdf application/x-hdf
.h5 application/x-hdf5
.latex application/x-latex
.mif application/x-mif
.cdf application/x-netcdf
.nc application/x-netcdf
.p12 application/x-pkcs12
.pfx application/x-pkcs12
.ram application/x-pn-realaudio
.pyc application/x-python-code
.pyo application/x-python-code
.sh application/x-sh
.shar application/x-shar
.swf application/x-shockwave-flash
.sv4cpio application/x-sv4cpio
.sv4crc application/x-sv4crc
.tar application/x-tar
.tcl application/x-tcl
.tex application/x-tex
.texi application/x-texinfo
.texinfo application/x-texinfo
.roff application/x-troff
.t application/x-troff
.tr application/x-troff
.man application/x-troff-man
.me application/x-troff-me
.ms application/x-troff-ms
.ustar application/x-ustar
.src application/x-wais-source
.xsl application/xml
.rdf application/xml
.wsdl application/xml
.xpdl application/xml
.zip application/zip
.3gp audio/3gpp
.3gpp audio/3gpp
.3g2 audio/3gpp2
.3gpp2 audio/3gpp2
.aac audio/aac
.adts audio/aac
.loas audio/aac
.ass audio/aac
.au audio/basic
.snd audio/basic
.mp3 audio/mpeg
.mp2 audio/mpeg
.opus audio/opus
.aif audio/x-aiff
.aifc audio/x-aiff
.aiff audio/x-aiff
.ra audio/x-pn-realaudio
.wav audio/x-wav
.avif image/avif
.bmp image/bmp
.gif image/gif
.ief image/ief
.jpg image/jpeg
.jpe image/jpeg
.jpeg image/jpeg
.heic image/heic
.heif image/heif
.png image/png
.svg image/svg+xml
.tiff image/tiff
.tif image/tiff
.ico image/vnd.microsoft.icon
.ras image/x-cmu-raster
.pnm image/x-portable-anymap
.pbm image/x-portable-bitmap
.pgm image/x-portable-graymap
.ppm image/x-portable-pixmap
.rgb image/x-rgb
.xbm image/x-xbitmap
.xpm image/x-xpixmap
.xwd image/x-xwindowdump
.eml message/rfc822
.mht message/rfc822
.mhtml message/rfc822
.nws message/rfc822
.css text/css
.csv text/csv
.html text/html
.htm text/html
.n3 text/n3
.txt text/plain
.bat text/plain
.c text/plain
.h text/plain
.ksh text/plain
.pl text/plain
.srt text/plain
.rtx text/richtext
.tsv text/tab-separated-values
.vtt text/vtt
.py text/x-python
.etx text/x-setext
.sgm text/x-sgml
.sgml text/x-sgml
.vcf text/x-vcard
.xml text/xml
.mp4 video/mp4
.mpeg video/mpeg
.m1v video/mpeg
.mpa video/mpeg
.mpe video/mpeg
.mpg video/mpeg
.mov video/quicktime
.qt video/quicktime
.webm video/webm
.avi video/x-msvideo
.movie video/x-sgi-movie
"""
_NONSTANDARD = """
.rtf application/rtf
.midi audio/midi
.mid audio/midi
.jpg image/jpg
.pict image/pict
.pct image/pict
.pic image/pict
.webp image/webp
.xul text/xul
"""


def _table(text):
    return dict(line.split() for line in text.strip().splitlines())


_default_suffixes = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz',
                     '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
_default_encodings = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2',
                      '.xz': 'xz', '.br': 'br'}
suffix_map = dict(_default_suffixes)
encodings_map = dict(_default_encodings)
types_map = _table(_STANDARD)
common_types = _table(_NONSTANDARD)


class MimeTypes:
    """A MIME-type database: the built-in tables plus the files read into it.

    types_map and types_map_inv are pairs: index True holds the official types,
    index False the common non-standard ones.
    """

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_default_encodings)
        self.suffix_map = dict(_default_suffixes)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for official, table in ((True, _STANDARD), (False, _NONSTANDARD)):
            for ext, mtype in _table(table).items():
                self.add_type(mtype, ext, official)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension ext to type (and type back to ext, after its earlier extensions)."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a file name or URL; None for what is unknown."""
        url = os.fspath(url)
        scheme, url = urllib.parse._splittype(url)
        if scheme == 'data':
            comma = url.find(',')
            if comma < 0:
                return None, None
            semi = url.find(';', 0, comma)
            mtype = url[:semi] if semi >= 0 else url[:comma]
            if '=' in mtype or '/' not in mtype:
                mtype = 'text/plain'
            return mtype, None
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for type, official ones first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            found.extend(e for e in self.types_map_inv[False].get(type, []) if e not in found)
        return found

    def guess_extension(self, type, strict=True):
        """The first extension known for type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the mappings of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the mappings of an open mime.types file: 'type ext ext...', '#' comments."""
        for line in fp:
            words = line.split()
            for i, word in enumerate(words):
                if word.startswith('#'):
                    del words[i:]
                    break
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Nothing to read outside Windows."""


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) of a file name or URL, from the module's database."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    return _database().add_type(type, ext, strict)


def init(files=None):
    """Build the module's database from the built-in tables and files (knownfiles by default)."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The official mappings of one mime.types file, or None if it cannot be opened."""
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]
