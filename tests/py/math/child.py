# math: its functions cross a Pool by reference and work in a spawned child.
import math
import pickle
from multiprocessing import Pool


def work(x):
    return math.gamma(x), math.isqrt(int(x * 1000)), math.log(x)


if __name__ == '__main__':
    print(pickle.dumps(math.sqrt))
    print(pickle.loads(pickle.dumps(math.fsum))([0.1] * 10))
    with Pool(2) as p:
        print(p.map(math.sqrt, [1, 2, 3, 4]))
        print(p.map(work, [0.5, 1.5, 2.5]))
