# Decimal conversions between int and str are limited to sys.get_int_max_str_digits()
# digits (4300 by default): str, repr, format, %-formatting and int() of text raise
# ValueError past it; other bases have no limit. A fork child keeps the parent's limit.
import multiprocessing as mp
import sys

x = 10**5000
for f in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ","), lambda v: "{}".format(v), print):
    try:
        f(x)
        print("no error")
    except ValueError as e:
        print(e)
print(len(hex(x)), len(format(x, "b")) > 0, len(oct(-x)))
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(int("1" * 4300) % 7, len(str(-10**4299)), int("f" * 5000, 16) % 10)


def child_limit(q):
    q.put(sys.get_int_max_str_digits())


if __name__ == "__main__":
    sys.set_int_max_str_digits(1000)
    q = mp.get_context("fork").Queue()
    p = mp.get_context("fork").Process(target=child_limit, args=(q,))
    p.start()
    print("child", q.get())
    p.join()
    sys.set_int_max_str_digits(0)
    print(len(str(10**8000)))
