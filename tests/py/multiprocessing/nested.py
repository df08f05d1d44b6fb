from multiprocessing import Process, current_process

def grandchild():
    print("grandchild", current_process().name)

def child():
    print("child", current_process().name)
    p = Process(target=grandchild)
    print("child made", p.name)
    p.start()
    p.join()
    print("grandchild exitcode", p.exitcode)

if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    p.join()
    print("child exitcode", p.exitcode)
