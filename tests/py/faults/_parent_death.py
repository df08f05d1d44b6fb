# Helper of TestParentDeath (faults_test.go): starts a Pool, a Manager and a daemon
# Process, writes their pids to the file named by argv[1], then dies without any cleanup.
import multiprocessing as mp
import os
import sys
import time


def square(x):
    return x * x


def sleeper():
    time.sleep(120)


if __name__ == "__main__":
    pool = mp.Pool(2)
    print(pool.map(square, range(4)))
    manager = mp.Manager()
    shared = manager.dict()
    shared["k"] = 1
    daemon = mp.Process(target=sleeper, daemon=True)
    daemon.start()
    pids = [w.pid for w in pool._pool] + [manager._process.pid, daemon.pid]
    with open(sys.argv[1], "w") as f:
        f.write(" ".join(map(str, pids)))
    sys.stdout.flush()
    os._exit(0)
