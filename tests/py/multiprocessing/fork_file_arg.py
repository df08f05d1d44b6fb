# A file opened before start(), written by the child (as an argument and as a global):
# the forked child shares the parent's open file, offset included.
import multiprocessing as mp, os, tempfile

def write(f):
    f.write("child line\n")
    f.flush()
    log.write("child log\n")
    log.flush()

if __name__ == "__main__":
    d = tempfile.mkdtemp()
    path, logpath = os.path.join(d, "out.txt"), os.path.join(d, "log.txt")
    f = open(path, "w")
    log = open(logpath, "w")
    f.write("parent before\n")
    f.flush()
    p = mp.Process(target=write, args=(f,))
    p.start()
    p.join()
    f.write("parent after\n")
    f.close()
    log.close()
    for name in (path, logpath):
        with open(name) as r:
            print(repr(r.read()))
        os.unlink(name)
    os.rmdir(d)
