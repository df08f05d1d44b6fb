# A script without a main guard that starts a process under spawn: the child imports the
# main module, its top-level code runs again, and the start() there is CPython's
# bootstrapping RuntimeError (the child exits with status 1).
import multiprocessing as mp, sys

def work():
    print("work")

print("top level, as", __name__)
sys.stdout.flush()
mp.set_start_method("spawn", force=True)
p = mp.Process(target=work)
p.start()
p.join()
print("exitcode", p.exitcode)
