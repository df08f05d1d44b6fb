import fileinput
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
names = []
for i, text in enumerate(['a1\na2\n', '', 'c1\nc2\nc3']):
    path = os.path.join(tmp, 'f%d.txt' % i)
    with open(path, 'w') as f:
        f.write(text)
    names.append(path)

def short(name):
    return os.path.basename(name) if name else name

for line in fileinput.input(names, encoding='utf-8'):
    print(repr(line), short(fileinput.filename()), fileinput.lineno(),
          fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(),
          fileinput.fileno() >= 0)
print(fileinput.lineno(), short(fileinput.filename()))
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print('RuntimeError', e)

# nextfile skips the rest of a file; the line count does not include it
with fileinput.FileInput(names, mode='rb') as fi:
    for line in fi:
        print(line, fi.lineno())
        if fi.filelineno() == 1:
            fi.nextfile()
print(fi.fileno())

fi = fileinput.input(names[0])
print(fi.readline(), end='')
try:
    fileinput.input(names)
except RuntimeError as e:
    print('RuntimeError', e)
fileinput.close()

# in place: what is printed replaces the file; the backup is kept when named
for line in fileinput.input(names[2], inplace=True, backup='.orig'):
    print(line.upper(), end='')
print(open(names[2]).read())
print(open(names[2] + '.orig').read())
for line in fileinput.input(names[0], inplace=True):
    if not line.startswith('a2'):
        sys.stdout.write('kept ' + line)
print(open(names[0]).read(), os.path.exists(names[0] + '.bak'))

hook = fileinput.hook_encoded('latin-1')
with open(names[1], 'wb') as f:
    f.write(b'caf\xe9\n')
print(list(fileinput.FileInput(names[1], openhook=hook)))
for bad in [dict(mode='w'), dict(openhook=1), dict(inplace=True, openhook=hook)]:
    try:
        fileinput.FileInput(names, **bad)
    except ValueError as e:
        print('ValueError', e)
print(fileinput.FileInput[str])
