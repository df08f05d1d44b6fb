# Names, identities and the registry of live threads.
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon)
print(type(threading.get_ident()) is int, main.ident == threading.get_ident())
info = []
go = threading.Event()


def worker():
    me = threading.current_thread()
    info.append((me.name, me.ident == threading.get_ident(), me is not main))
    go.wait()


t = threading.Thread(target=worker, name="w1")
t2 = threading.Thread(target=worker)
print(t.ident, t.is_alive())
t.start()
t2.start()
print(threading.active_count(), len(threading.enumerate()), t.is_alive())
print(t in threading.enumerate(), main in threading.enumerate())
go.set()
t.join()
t2.join()
print(info[0][1], info[0][2], sorted([x[0] for x in info]))
print(threading.active_count(), t.is_alive(), type(t.ident) is int, type(t.native_id) is int)
t.name = "renamed"
print(t.name)
