# poll() with a timeout while a child has not sent yet, poll(None) until it does.
import time
import multiprocessing

def later(conn):
    time.sleep(0.3)
    conn.send("late")

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=later, args=(b,))
    p.start()
    print(a.poll(), a.poll(0.01))
    print(a.poll(None), a.recv())
    p.join()
    b.close()
    print(a.poll(0), a.poll(1))
    try:
        a.recv()
    except EOFError:
        print("EOFError")
