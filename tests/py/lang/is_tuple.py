# "is" between two tuples (and other values gpython cannot compare as Go interfaces).
a = (1,)
b = a
c = tuple([1])
print(a is b, a is not b, a is c, a is not c, tuple() is tuple(), a is None, None is None)
x = [1]
y = x
print(x is y, x is list(x), y is not x)
import sys
print(sys.modules is sys.modules)
t = (a, b)
print(t[0] is t[1], t is t, t is not t)
