# A thread spinning in a loop that calls nothing must still hand the GIL over: the other
# thread (main or not) makes progress and stops it.
import threading

stop = False
spins = 0


def spin():
    global spins
    while not stop:
        spins += 1


t = threading.Thread(target=spin)
t.start()
total = 0
for i in range(2000):
    total += len(str(i))
stop = True
t.join()
print("main ran while a thread spun:", total, t.is_alive())

# The main thread spins, call-free, until a thread sets the flag.
flag = []


def setter():
    for i in range(1000):
        pass
    flag.append(1)


s = threading.Thread(target=setter)
s.start()
n = 0
while not flag:
    n = n + 1
s.join()
print("thread ran while main spun:", flag)

# A for loop without calls, too.
done = False


def finish():
    global done
    done = True


f = threading.Thread(target=finish)
f.start()
for i in range(10 ** 12):
    if done:
        break
f.join()
print("for loop saw the thread:", done)
