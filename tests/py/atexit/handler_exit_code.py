import atexit

def raise_exit():
    raise SystemExit(9)

atexit.register(raise_exit)
print("done")
