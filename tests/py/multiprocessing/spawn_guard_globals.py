# A global set inside the main guard, read by a Process and by Pool workers: a spawned
# child imports the main module as __mp_main__, so the guarded block did not run there.
import multiprocessing as mp

def show(tag):
    print(tag, data)

def lookup(i):
    return data[i]

if __name__ == "__main__":
    mp.set_start_method("spawn")
    data = [10, 20, 30]
    p = mp.Process(target=show, args=("process",))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    with mp.Pool(2) as pool:
        try:
            print(pool.map(lookup, range(3)))
        except NameError as e:
            print("pool:", type(e).__name__, e)
