# Path: creating, reading and writing files, mkdir/touch/unlink/rmdir, stat and the is_*
# tests, iterdir, glob/rglob, resolve, symlinks and hard links, rename/replace, owner,
# expanduser; all under a temporary directory, printed relative to it.
import os
import pickle
import stat
import tempfile
from pathlib import Path, PosixPath

top = Path(tempfile.mkdtemp())
os.chdir(top)
here = Path('.')


def rel(p):
    return p.relative_to(top) if p.is_absolute() else p


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, str(e).replace(str(top), 'TOP'))
    else:
        print(label, '->', repr(r))


print(Path.cwd() == top, Path().absolute() == top, rel(here.resolve()), type(Path('x')).__name__)
d = Path('data')
d.mkdir()
(d / 'sub' / 'deeper').mkdir(parents=True)
attempt('mkdir exists', d.mkdir)
d.mkdir(exist_ok=True)
attempt('mkdir no parents', lambda: Path('a/b/c').mkdir())
f = d / 'notes.txt'
print(f.write_text('line 1\nline 2\n'), f.read_text(), f.read_bytes())
print(f.write_bytes(b'\x00bin'), f.read_bytes(), f.stat().st_size)
print(f.write_text('caf\xe9', encoding='latin-1'), f.read_bytes(), f.read_text(encoding='latin-1'))
with f.open('a') as fh:
    fh.write('!')
print(f.read_text(encoding='latin-1', errors='replace'))
attempt('write_text bytes', lambda: f.write_text(b'x'))
(d / 'sub' / 'a.py').touch()
(d / 'sub' / 'deeper' / 'b.py').touch()
(d / 'c.py').touch(mode=0o600)
print(oct(stat.S_IMODE((d / 'c.py').stat().st_mode) & 0o600))
attempt('touch exists', lambda: (d / 'c.py').touch(exist_ok=False))
print(f.exists(), f.is_file(), f.is_dir(), d.is_dir(), Path('missing').exists(), Path('missing').is_file())
print(f.is_symlink(), f.is_fifo(), f.is_socket(), f.is_block_device(), f.is_char_device(), Path('/dev/null').is_char_device())
print(sorted(rel(p).as_posix() for p in d.iterdir()))
print(sorted(p.as_posix() for p in d.glob('*.py')), sorted(p.as_posix() for p in d.glob('**/*.py')))
print(sorted(p.as_posix() for p in d.rglob('*.py')), sorted(p.as_posix() for p in here.glob('data/*/')))
print(sorted(p.as_posix() for p in d.glob('s*/*')), sorted(p.as_posix() for p in d.glob('**')))
attempt('glob empty', lambda: list(d.glob('')))
attempt('glob absolute', lambda: list(d.glob('/x')))
attempt('glob bad **', lambda: list(d.glob('a**')))
link = Path('link')
link.symlink_to(f)
print(link.is_symlink(), rel(link.readlink()), link.read_text(encoding='latin-1'), rel(link.resolve()))
print(link.lstat().st_mode == os.lstat('link').st_mode, link.samefile(f), f.samefile(str(f)))
hard = Path('hard')
hard.hardlink_to(f)
print(hard.stat().st_nlink, os.path.samefile(hard, f))
moved = f.rename('moved.txt')
print(repr(moved), moved.exists(), f.exists(), link.exists(), link.is_symlink())
other = Path('other.txt')
other.write_text('other')
print(repr(other.replace(moved)), moved.read_text())
print(f.with_name('x').name, Path('data/../data').resolve() == d.resolve(), rel(Path('nope/x').resolve()))
attempt('resolve strict', lambda: Path('nope').resolve(strict=True))
loop = Path('loop')
loop.symlink_to('loop')
attempt('resolve loop', lambda: loop.resolve())
print(loop.exists(), loop.is_symlink())
print(Path('~').expanduser() == Path.home(), Path('~root').expanduser(), Path('/x/~').expanduser())
print(moved.owner() == __import__('pwd').getpwuid(os.getuid()).pw_name, moved.group() == __import__('grp').getgrgid(os.getgid()).gr_name)
moved.chmod(0o640)
print(oct(stat.S_IMODE(moved.stat().st_mode)))
print(Path('/').is_mount(), d.is_mount())
print(pickle.loads(pickle.dumps(moved)) == moved, type(pickle.loads(pickle.dumps(moved))).__name__)
moved.unlink()
attempt('unlink missing', moved.unlink)
moved.unlink(missing_ok=True)
attempt('rmdir nonempty', d.rmdir)
attempt('read missing', lambda: Path('missing').read_text())
attempt('open dir', lambda: d.open())
for p in sorted(top.rglob('*'), key=lambda p: len(p.parts), reverse=True):
    if p.is_symlink() or p.is_file():
        p.unlink()
    else:
        p.rmdir()
os.chdir('/')
top.rmdir()
print(top.exists())
