# A file the parent has partly read before start(): a forked child has a copy of the file
# object, buffers included, so it reads on from where the parent's code stopped.
import multiprocessing as mp, os, tempfile

def text_child(f, tag):
    print(tag, "text next line:", repr(f.readline()))
    print(tag, "text tell:", f.tell())
    print(tag, "text rest:", [line.rstrip("\n") for line in f][:3], "...")

def binary_child(f, tag):
    print(tag, "binary read(5):", f.read(5))
    print(tag, "binary tell:", f.tell())
    print(tag, "binary rest length:", len(f.read()))

def global_child(tag):
    print(tag, "global next:", repr(shared.readline()))

if __name__ == "__main__":
    d = tempfile.mkdtemp()
    path = os.path.join(d, "data.txt")
    with open(path, "w", encoding="utf-8") as out:
        for i in range(200):
            out.write("line %d é ✓\n" % i)
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        with open(path, encoding="utf-8") as f:
            print(method, "parent read:", repr(f.readline()), repr(f.readline()))
            p = ctx.Process(target=text_child, args=(f, method))
            try:
                p.start()
                p.join()
                print(method, "exitcode", p.exitcode)
            except Exception as e:
                print(method, "start:", type(e).__name__, e)
            print(method, "parent next:", repr(f.readline()))
        with open(path, "rb") as f:
            f.read(17)
            p = ctx.Process(target=binary_child, args=(f, method))
            try:
                p.start()
                p.join()
                print(method, "exitcode", p.exitcode)
            except Exception as e:
                print(method, "start:", type(e).__name__, e)
    shared = open(path, encoding="utf-8")
    for _ in range(5):
        shared.readline()
    p = mp.get_context("fork").Process(target=global_child, args=("fork",))
    p.start()
    p.join()
    shared.close()
    os.remove(path)
    os.rmdir(d)
