# fnmatch (translate's regular expressions, matching, filter, bytes) and glob (wildcards,
# brackets, hidden names, recursive '**', root_dir, dir_fd, escape, iglob), in a
# temporary directory tree.
import fnmatch
import glob
import os
import tempfile

for pat in ('*.py', 'a?c', '[abc]', '[!abc]', '[a-z]*', '*a*b*', '[]]', '[!]]', '[', '[z-a]',
            '[a-c-e]', '[--]', 'x[\\]y', '**', '*.[ch]', 'a*', '*a', '[&~|]', '[^x]', '[!]', ''):
    print(repr(pat), fnmatch.translate(pat))
names = ['a.py', 'b.PY', 'abc', 'a-c', '.hidden', 'x]y', 'dir/a.py']
for pat in ('*.py', '*', 'a?c', '[ab]*', '[!a]*', '.*', '*/*'):
    print(pat, fnmatch.filter(names, pat), fnmatch.fnmatch('A.PY', pat.upper()), fnmatch.fnmatchcase('A.py', pat))
print(fnmatch.fnmatch(b'data.bin', b'*.bin'), fnmatch.filter([b'x.c', b'y.h'], b'*.[ch]'))

top = tempfile.mkdtemp()
os.chdir(top)
for d in ('src', 'src/pkg', 'src/pkg/deep', '.cache', 'docs'):
    os.mkdir(d)
for f in ('src/a.py', 'src/b.py', 'src/c.txt', 'src/pkg/__init__.py', 'src/pkg/deep/x.py',
          'src/.hidden.py', '.cache/z.py', 'docs/readme.md', 'top.py', 'we[ird].txt'):
    open(f, 'w').close()


def show(label, result):
    print(label, sorted(result))


show('*', glob.glob('*'))
show('*.py', glob.glob('*.py'))
show('src/*.py', glob.glob('src/*.py'))
show('*/*.py', glob.glob('*/*.py'))
show('src/[ab].py', glob.glob('src/[ab].py'))
show('src/?.py', glob.glob('src/?.py'))
show('.*', glob.glob('.*'))
show('hidden', glob.glob('src/*', include_hidden=True))
show('** plain', glob.glob('**/*.py'))
show('** recursive', glob.glob('**/*.py', recursive=True))
show('** alone', glob.glob('**', recursive=True))
show('**/ dirs', glob.glob('**/', recursive=True))
show('src/**', glob.glob('src/**', recursive=True))
show('no magic', glob.glob('top.py') + glob.glob('missing.py') + glob.glob('src/'))
show('root_dir', glob.glob('*.py', root_dir='src'))
show('root_dir rec', glob.glob('**/*.py', root_dir='src', recursive=True))
fd = os.open('src', os.O_RDONLY)
show('dir_fd', glob.glob('pkg/*', dir_fd=fd))
show('dir_fd rec', glob.glob('**', dir_fd=fd, recursive=True))
os.close(fd)
show('bytes', glob.glob(b'src/*.py'))
show('escape', glob.glob(glob.escape('we[ird].txt')) + glob.glob('we[ird].txt'))
print(glob.escape('a*b?c[d]'), glob.escape(b'x[y]'), glob.has_magic('a[b]'), glob.has_magic('ab'))
it = glob.iglob('src/*.txt')
print(type(it).__name__ in ('generator', 'chain'), list(it))
print(glob.glob(''), glob.glob1('src', '*.txt'), glob.glob0('src', 'a.py'), glob.glob0('src', ''))

for root, dirs, files in os.walk(top, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.chdir('/')
os.rmdir(top)
