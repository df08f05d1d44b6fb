import os
import multiprocessing

def work():
    print("child working")

if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    p.start()
    pid, status = os.waitpid(p.pid, 0)
    print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status))
    p.join()
    print("exitcode after own waitpid:", p.exitcode)
