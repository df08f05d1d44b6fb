# A 'fork' child gets the parent's zip, filter and map objects where the parent left them.
import multiprocessing as mp

pairs = zip(range(5), "abcde")
odd = filter(lambda n: n % 2, range(10))
squares = map(lambda n: n * n, range(5))
next(pairs)
next(odd)
next(squares)


def child():
    print("child", list(pairs), list(odd), list(squares))


if __name__ == "__main__":
    mp.set_start_method("fork")
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("parent", next(pairs), next(odd), next(squares))
