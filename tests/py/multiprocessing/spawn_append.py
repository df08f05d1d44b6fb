# A script without a main guard that appends a line to a file and then starts a child under
# spawn: the child imports the main module, so it appends its own line, and its start()
# fails with CPython's bootstrapping RuntimeError (exit code 1). The file has two lines.
import multiprocessing as mp, os, tempfile

def work():
    pass

# The child inherits the environment, so it appends to the same file.
path = os.environ.setdefault("SPAWN_APPEND_FILE", os.path.join(tempfile.mkdtemp(), "lines.txt"))
fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
os.write(fd, ("appended by " + __name__ + "\n").encode())
os.close(fd)

mp.set_start_method("spawn", force=True)
p = mp.Process(target=work)
p.start()
p.join()
print("exitcode", p.exitcode)
with open(path) as f:
    print(f.read(), end="")
os.unlink(path)
os.rmdir(os.path.dirname(path))
