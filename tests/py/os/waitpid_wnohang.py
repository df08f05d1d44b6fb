import os, time
import multiprocessing

def work():
    time.sleep(0.5)

if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    p.start()
    print(os.waitpid(p.pid, os.WNOHANG))
    p.join()
    print(p.exitcode)
