# The eval loop's fast paths (internal/ceval) against their general paths: calls of
# functions, bound methods and classes with positional arguments, small-int and float
# arithmetic at the edges of the machine word, comparisons, attribute stores.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def plus(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def scaled(self, k=2, *rest):
        return (self.x * k, self.y * k, rest)


p = Point(1, 2).plus(Point(3, 4))
print(p.x, p.y, p.scaled(), p.scaled(3), p.scaled(3, 4, 5))
# a method call as the deepest expression of its statement: self takes the stack's last slot
print(Point(5, 6).plus(Point(1, 1)).plus(p).x)
m = p.plus
print(m(p).y, Point.plus(p, p).x)


class BadInit:
    def __init__(self):
        return 3


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.plus()
except TypeError as e:
    print("TypeError:", e)
try:
    p.plus(1, 2)
except TypeError as e:
    print("TypeError:", e)


class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(WithNew(7).a)


class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)


class ViaMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(ViaMeta(9).v)


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


s = Slotted(1)
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)


class Guarded:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 10)


g = Guarded()
g.x = 4
print(g.x)


class Prop:
    @property
    def v(self):
        return 1

    @v.setter
    def v(self, value):
        print("setter", value)


Prop().v = 5


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15))

big = sys.maxsize
print(big + 1, -big - 2, big * 2, (1 << 31) * (1 << 31), (1 << 31) * -(1 << 31) - 1)
print(big - (-1), -big - 1 - 1, 7 % 3, -7 % 3, 7 // -3, -7 // 3, 7 % -3, 0 % 5)
print(1.5 + 2, 2.5 * 4.0, 1.0 / 4.0, 7 / 2, -7 / 2, 3 - 0.5, 2 ** 10, 2 ** -1)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(6 & 3, 6 | 3, 6 ^ 3, 1 << 3, -16 >> 2)
t = 0
for i in range(1000):
    t += i * 2 % 7
print(t)
x = 5
x -= 7
x *= -3
x //= 4
x %= 3
print(x, 3 < 4 < 5, 3 < 4 > 5, 2 == 2.0, 1 != 1, 10 >= 10, 10 <= 9)
print(True + True, 3 > True)
