# Globals set inside the main guard, read by a Process and by Pool workers: a forked child
# starts from its parent's state, so they are there (CPython's default on Linux).
import multiprocessing as mp

def show(tag):
    print(tag, data, config["mode"])

def lookup(i):
    return data[i] * config["scale"]

if __name__ == "__main__":
    data = [10, 20, 30]
    config = {"mode": "fast", "scale": 2}
    p = mp.Process(target=show, args=("process",))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    with mp.Pool(2) as pool:
        print(pool.map(lookup, range(3)))
    data.append(40)
    with mp.get_context("fork").Pool(2) as pool:
        print(pool.map(lookup, range(4)))
