from multiprocessing import Process

class JobError(Exception):
    pass

def job():
    raise JobError("job failed in the child")

if __name__ == "__main__":
    p = Process(target=job)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
