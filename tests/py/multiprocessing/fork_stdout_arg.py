# sys.stdout and sys.stderr passed as Process arguments, and kept in globals: a forked
# child writes to its own standard streams.
import multiprocessing as mp, sys

out = sys.stdout

def report(stream, text):
    stream.write(text + "\n")
    stream.flush()
    print(stream is sys.stdout, out is sys.stdout, file=out)

if __name__ == "__main__":
    p = mp.Process(target=report, args=(sys.stdout, "from the child"))
    p.start()
    p.join()
    print(p.exitcode)
    p = mp.Process(target=report, args=(sys.stderr, "to stderr"))
    p.start()
    p.join()
    print(p.exitcode)
