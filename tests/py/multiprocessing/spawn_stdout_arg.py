# sys.stdout passed as a Process argument: spawn pickles it, and a text stream cannot be
# pickled.
import multiprocessing as mp, sys

def report(out, text):
    out.write(text + "\n")
    out.flush()

if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=report, args=(sys.stdout, "from the child"))
    try:
        p.start()
    except TypeError as e:
        print(type(e).__name__, e)
    print(p.exitcode)
