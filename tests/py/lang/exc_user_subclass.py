# User exception classes are raised and caught by their own class and by every base class.
class AppError(Exception):
    pass
class ConfigError(AppError):
    pass
class ParseError(ConfigError, ValueError):
    pass
for exc in (AppError("a"), ConfigError("c"), ParseError("p")):
    try:
        raise exc
    except ParseError as e:
        print("ParseError", e)
    except ConfigError as e:
        print("ConfigError", e)
    except AppError as e:
        print("AppError", e)
try:
    raise ParseError("bad")
except ValueError as e:
    print("as ValueError:", type(e).__name__, isinstance(e, AppError))
try:
    raise ParseError("bad")
except (KeyError, AppError) as e:
    print("tuple:", e)
try:
    raise ConfigError
except Exception as e:
    print("class:", type(e).__name__, e.args)
print(issubclass(ParseError, Exception), issubclass(ParseError, BaseException), ParseError.__mro__[1].__name__)
