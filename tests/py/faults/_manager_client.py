# Driven by managers_interop_test.go: a client of _manager_server.py (python3 or gopy,
# either side): a wrong authkey is refused, then the right one reaches the queue.
import ast
import sys
from multiprocessing import AuthenticationError
from multiprocessing.managers import BaseManager


class QueueManager(BaseManager):
    pass


QueueManager.register('get_queue')
address = ast.literal_eval(sys.argv[1])
try:
    QueueManager(address=address, authkey=b'not the key').connect()
    print('wrong key accepted')
except AuthenticationError as e:
    print('wrong key:', e)
manager = QueueManager(address=address, authkey=b'interop key')
manager.connect()
q = manager.get_queue()
q.put(sys.argv[2])
print('got', q.get(), 'then', q.qsize())
