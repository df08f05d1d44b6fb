# A file opened before start() and passed to the child: spawn cannot pickle it.
import multiprocessing as mp, os, tempfile

def write(f):
    f.write("child line\n")
    f.flush()

if __name__ == "__main__":
    mp.set_start_method("spawn")
    path = os.path.join(tempfile.mkdtemp(), "out.txt")
    f = open(path, "w")
    p = mp.Process(target=write, args=(f,))
    try:
        p.start()
        p.join()
    except TypeError as e:
        # (the type's name is not checked: gopy's open() is gpython's file type so far)
        print(type(e).__name__, str(e).startswith("cannot pickle '"))
    f.close()
    with open(path) as f:
        print(repr(f.read()))
    os.unlink(path)
    os.rmdir(os.path.dirname(path))
