# Driven by managers_interop_test.go: a BaseManager server (TCP or Unix socket, with an
# authkey) serving one queue, run by python3 or gopy; prints its address, then serves.
import queue
import sys
from multiprocessing.managers import BaseManager


class QueueManager(BaseManager):
    pass


shared = queue.Queue()
QueueManager.register('get_queue', callable=lambda: shared)
address = ('127.0.0.1', 0) if sys.argv[1] == 'tcp' else None
server = QueueManager(address=address, authkey=b'interop key').get_server()
print(repr(server.address), flush=True)
server.serve_forever()
