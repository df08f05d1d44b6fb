# An exception raised while handling another, uncaught: CPython prints both, chained.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("cannot parse " + repr(text))
print(parse("12"))
parse("x")
