# A Pool local to a function is terminated when the function returns (CPython's Finalize
# runs when the pool is collected): its workers are gone after the call.
import multiprocessing as mp


def square(x):
    return x * x


def use_pool():
    p = mp.Pool(2)
    print(p.map(square, range(5)))
    print("workers inside", len(mp.active_children()))


if __name__ == "__main__":
    use_pool()
    print("workers after return", len(mp.active_children()))


    def closed_and_joined():
        p = mp.Pool(1)
        print(p.map(square, [3]))
        p.close()
        p.join()

    closed_and_joined()
    print("workers after close/join", len(mp.active_children()))

    keep = mp.Pool(1)
    print(keep.map(square, [4]))
    print("workers while kept", len(mp.active_children()))
    del keep
    print("workers after del", len(mp.active_children()))
