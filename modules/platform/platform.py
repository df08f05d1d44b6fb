"""Information about the machine and the interpreter (gopy's platform).

The machine's facts (system, node, release, version, machine, processor, uname,
platform(), freedesktop_os_release) are read as CPython reads them. The interpreter is
gopy: python_implementation() is 'gopy', python_version() the CPython language version
gopy implements (sys.version_info), python_compiler() the Go toolchain that built it;
gopy links no C library, so libc_ver() finds none and platform() has no '-with-libc'
part."""

import os
import sys
import collections

__version__ = '1.0.8'


class uname_result(collections.namedtuple('uname_result',
                                          'system node release version machine')):
    """The machine's identity as os.uname() gives it, with processor computed on
    demand."""

    __slots__ = ()
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    def __len__(self):
        return len(tuple(iter(self)))

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    def __repr__(self):
        return 'uname_result(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(self._fields[:5], tuple(self)[:5]))


_cached_uname = None
_cached_processor = None


def uname():
    """(system, node, release, version, machine), and .processor."""
    global _cached_uname
    if _cached_uname is None:
        info = os.uname()
        _cached_uname = uname_result(info.sysname, info.nodename, info.release,
                                     info.version, info.machine)
    return _cached_uname


def _processor():
    global _cached_processor
    if _cached_processor is None:
        answer = ''
        try:
            import subprocess
            out = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL,
                                          text=True, encoding='utf8').strip()
            if out != 'unknown':
                answer = out
        except (OSError, ValueError, Exception):
            answer = ''
        _cached_processor = answer
    return _cached_processor


def system():
    """The operating system's name ('Linux')."""
    return uname().system


def node():
    """The machine's network name."""
    return uname().node


def release():
    """The operating system's release."""
    return uname().release


def version():
    """The operating system's version string."""
    return uname().version


def machine():
    """The machine type ('x86_64')."""
    return uname().machine


def processor():
    """The processor name, '' when it cannot be told."""
    return uname().processor


def python_implementation():
    """The interpreter's implementation: 'gopy'."""
    return 'gopy'


def python_version_tuple():
    """The Python language version gopy implements, as strings: ('3', '11', '7')."""
    return tuple(str(part) for part in sys.version_info[:3])


def python_version():
    """The Python language version gopy implements: '3.11.7'."""
    return '.'.join(python_version_tuple())


def python_branch():
    """The source branch the interpreter was built from ('' when unknown)."""
    return ''


def python_revision():
    """The source revision the interpreter was built from ('' when unknown)."""
    return ''


def python_build():
    """(build name, build date): gopy's and the Go toolchain's version."""
    return ('gopy', _go_version)


def python_compiler():
    """The compiler that built the interpreter: the Go toolchain."""
    return 'Go ' + _go_version.replace('go', '', 1)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library the executable links: gopy links none, so
    ('', '') unless another executable is named."""
    if executable is None:
        return lib, version
    found_lib, found_version = lib, version
    with open(executable, 'rb') as f:
        data = f.read()
    marker = b'GLIBC_'
    start = 0
    while True:
        at = data.find(marker, start)
        if at < 0:
            break
        end = at + len(marker)
        while end < len(data) and (data[end:end + 1].isdigit() or data[end:end + 1] == b'.'):
            end += 1
        candidate = data[at + len(marker):end].decode('latin-1').strip('.')
        if candidate and (found_lib != 'glibc' or _version_key(candidate) > _version_key(found_version)):
            found_lib, found_version = 'glibc', candidate
        start = end
    return found_lib, found_version


def _version_key(text):
    parts = []
    for piece in text.split('.'):
        parts.append(int(piece) if piece.isdigit() else 0)
    return parts


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: ('64bit', 'ELF')."""
    import struct
    if not bits:
        bits = '%dbit' % (struct.calcsize('P') * 8)
    try:
        with open(executable, 'rb') as f:
            head = f.read(4)
    except (OSError, TypeError):
        return bits, linkage
    if head == b'\x7fELF':
        linkage = 'ELF'
    return bits, linkage


def _joined(*parts):
    text = '-'.join(p.strip() for p in parts if p)
    for ch in ' /\\:;"()':
        text = text.replace(ch, '_')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=False, terse=False):
    """One string naming the platform: 'Linux-6.1.0-x86_64' (on Linux, terse or not, as
    CPython's; elsewhere terse gives system and release only)."""
    info = uname()
    if terse and info.system != 'Linux':
        return _joined(info.system, info.release)
    return _joined(info.system, info.release, info.machine, info.processor)


def system_alias(system, release, version):
    """(system, release, version) under their marketing names (unchanged here)."""
    return system, release, version


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


_os_release = None


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict; OSError when
    neither exists."""
    global _os_release
    if _os_release is None:
        last_error = None
        for path in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(path, encoding='utf-8') as f:
                    _os_release = _parse_os_release(f)
                break
            except OSError as exc:
                last_error = exc
        else:
            raise OSError(last_error.errno, 'Unable to read files /etc/os-release, '
                          '/usr/lib/os-release')
    return _os_release.copy()


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, _, value = line.partition('=')
        if not key.replace('_', '').isalnum():
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            value = value[1:-1]
            for esc in ('\\\\', '\\$', '\\"', "\\'", '\\`'):
                value = value.replace(esc, esc[1])
        info[key] = value
    return info


def _main():
    args = sys.argv[1:]
    terse = 'terse' in args or '--terse' in args
    aliased = 'nonaliased' not in args and '--nonaliased' not in args
    print(platform(aliased, terse))


if __name__ == "__main__":
    _main()
