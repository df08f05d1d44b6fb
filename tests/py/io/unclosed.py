# File objects dropped without close(): the temporary of open(p, 'w').write(s) has
# written its data by the time the file is opened again; a file object still referenced
# keeps its buffer (as in CPython); thousands of dropped files do not run out of
# descriptors; a child process's unclosed file is written when it exits.
import multiprocessing
import os
import tempfile


def child_writes(path):
    f = open(path, 'w')
    f.write('written by a child that never closed its file\n')


if __name__ == '__main__':
    top = tempfile.mkdtemp()
    os.chdir(top)
    open('idiom.txt', 'w').write('temp idiom')
    print(open('idiom.txt').read())
    kept = open('kept.txt', 'w')
    kept.write('buffered')
    print(repr(open('kept.txt').read()))
    kept.flush()
    print(repr(open('kept.txt').read()))
    kept.close()
    total = 0
    for i in range(3000):
        total += len(open('idiom.txt').read())
    print(total)
    for i in range(300):
        open('many.txt', 'a').write('%d\n' % i)
    print(len(open('many.txt').readlines()))
    p = multiprocessing.Process(target=child_writes, args=('child.txt',))
    p.start()
    p.join()
    print(p.exitcode, open('child.txt').read(), end='')
    for name in os.listdir('.'):
        os.remove(name)
    os.chdir('/')
    os.rmdir(top)
