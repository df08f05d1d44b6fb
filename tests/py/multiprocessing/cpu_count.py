import os, multiprocessing
print(multiprocessing.cpu_count() >= 1)
