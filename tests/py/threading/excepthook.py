# A custom threading.excepthook receives the exception type, value and the thread.
import threading

seen = []


def hook(args):
    seen.append((args.exc_type is KeyError, args.exc_value.args[0], args.thread.name))


threading.excepthook = hook


def fails():
    raise KeyError("k")


t = threading.Thread(target=fails, name="worker")
t.start()
t.join()
print(seen)


def exits():
    raise SystemExit(3)


threading.excepthook = threading.__excepthook__
t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent")
