# inspect.getsource and friends on harder layouts: multi-line headers and decorators,
# strings at column 0 inside a body, nested classes and functions, trailing comments;
# signatures of dataclasses and of classes with __new__.
import inspect
import functools
from dataclasses import dataclass, field


def retry(times,
          delay=0):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            return fn(*a, **k)
        return inner
    return wrap


@retry(
    3,
    delay=1)
def fetch(url,
          timeout=10,
          *,
          verbose=False):
    text = """
not indented
"""
    if verbose:  # a comment
        return text
    # trailing comment inside

    return url
# a comment after


class Outer:
    """Outer doc."""

    class Inner:
        def method(self, x=[1,
                            2]):
            return x

    def go(self):
        def local(y):
            return y * 2
        return local


def one(): return 1


@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


print(inspect.getsource(fetch))
print(inspect.getsourcelines(fetch)[1])
print(inspect.getsource(Outer.Inner))
print(inspect.getsource(Outer.Inner.method))
print(inspect.getsource(Outer().go()))
print(inspect.getsource(one))
print(inspect.getsource(Point))
print(inspect.signature(Point), inspect.signature(Point.__eq__), inspect.signature(fetch))
print(inspect.getdoc(Outer), inspect.getdoc(Outer.Inner))
print(inspect.getsource(retry).count('\n'), inspect.getcomments(Point))
