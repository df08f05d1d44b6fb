from multiprocessing import Pool, Process
import os
def sq(x): return x * x
def hello(n): print('child says', n, __name__)
print('top')
with Pool(2) as p: print(p.map(sq, range(5)))
p = Process(target=hello, args=(3,)); p.start(); p.join(); print(p.exitcode)
