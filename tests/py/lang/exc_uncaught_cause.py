# An uncaught chained exception: the last line is the outer exception.
class Outer(Exception):
    pass
try:
    {}["k"]
except KeyError as e:
    raise Outer("wrapped") from e
