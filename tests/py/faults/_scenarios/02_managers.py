# Issue 16 item 2: a manager on ('127.0.0.1', 0); a client that hangs up mid-handshake and
# one with a wrong key do not stop the server.
import socket
from multiprocessing import AuthenticationError
from multiprocessing.managers import SyncManager

if __name__ == "__main__":
    with SyncManager(address=("127.0.0.1", 0), authkey=b"key") as m:
        socket.create_connection(m.address).close()
        try:
            other = SyncManager(address=m.address, authkey=b"wrong")
            other.connect()
        except AuthenticationError as e:
            print("wrong key:", e)
        d = m.dict()
        d["x"] = 1
        print("still serving:", d.copy())
