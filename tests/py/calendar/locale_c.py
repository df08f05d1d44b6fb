# The locale module as far as gopy has it: the C locales, and locale.Error for others.
import locale


def show(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


show("LC_TIME", locale.setlocale, locale.LC_TIME)
show("set C", locale.setlocale, locale.LC_TIME, "C")
show("set POSIX", locale.setlocale, locale.LC_TIME, "POSIX")
show("set C.UTF-8", locale.setlocale, locale.LC_TIME, "C.UTF-8")
show("LC_TIME now", locale.setlocale, locale.LC_TIME, None)
show("set fr", locale.setlocale, locale.LC_TIME, "fr_FR.UTF-8")
show("set tuple", locale.setlocale, locale.LC_TIME, ("fr_FR", "UTF-8"))
show("set None pair", locale.setlocale, locale.LC_TIME, (None, None))
show("set int", locale.setlocale, locale.LC_TIME, 5)
show("bad category", locale.setlocale, 99, "C")
show("all C", locale.setlocale, locale.LC_ALL, "C")
show("all now", locale.setlocale, locale.LC_ALL)
show("getlocale time", locale.getlocale, locale.LC_TIME)
show("getlocale all", locale.getlocale, locale.LC_ALL)
show("localeconv", locale.localeconv)
show("strcoll", locale.strcoll, "a", "b")
show("strxfrm", locale.strxfrm, "abc")
show("encoding", locale.getpreferredencoding)
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX,
      locale.Error.__mro__[1].__name__)
