# A script without a main guard that appends a line to a file and then starts children:
# the children start from the parent's state and do not run the script again, so the
# file has the parent's line only.
import multiprocessing as mp, os, tempfile

def work(i):
    print("child", i)

d = tempfile.mkdtemp()
path = os.path.join(d, "lines.txt")
fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
os.write(fd, ("appended by " + __name__ + "\n").encode())
os.close(fd)
procs = [mp.Process(target=work, args=(i,)) for i in range(3)]
for p in procs:
    p.start()
    p.join()
with mp.Pool(2) as pool:
    print(pool.map(abs, [-1, -2]))
print([p.exitcode for p in procs])
with open(path) as f:
    print(f.read(), end="")
os.unlink(path)
os.rmdir(d)
