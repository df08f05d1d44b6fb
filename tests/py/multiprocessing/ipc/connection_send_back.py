# A child sends the parent one end of a Pipe it made, through a queue (the child's resource
# sharer serves it), and a grandchild receives a connection through its parent's queue.
import multiprocessing as mp

def grandchild(q):
    c = q.get()
    c.send('grandchild here')

def child(q, done):
    mine, theirs = mp.Pipe()
    q.put(theirs)
    print('child got', mine.recv(), flush=True)
    mine.send('child reply')
    gq = mp.Queue()
    g = mp.Process(target=grandchild, args=(gq,)); g.start()
    a, b = mp.Pipe()
    gq.put(b)
    print('child heard', a.recv(), flush=True)
    g.join()
    done.wait()

if __name__ == '__main__':
    q = mp.Queue(); done = mp.Event()
    p = mp.Process(target=child, args=(q, done)); p.start()
    c = q.get()
    c.send('hello child'); print('parent got', c.recv(), flush=True)
    done.set(); p.join(); print(p.exitcode)
