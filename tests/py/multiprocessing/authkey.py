from multiprocessing import Process, current_process

def child(expected):
    print("child inherits authkey", current_process().authkey == expected)

if __name__ == "__main__":
    key = current_process().authkey
    print(isinstance(key, bytes))
    p = Process(target=child, args=(bytes(key),))
    print(p.authkey == key)
    p.start()
    p.join()
