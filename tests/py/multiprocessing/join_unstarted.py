from multiprocessing import Process
p = Process()
p.join()
