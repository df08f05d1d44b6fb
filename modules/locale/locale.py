"""Locale settings, as far as gopy has them: the C and POSIX locales and C.UTF-8.

gopy formats numbers and dates as the C locale does, so setlocale accepts only the names
of those locales (and "" when the environment names one of them); any other name raises
locale.Error, as CPython does on a system where that locale is not installed."""

import os as _os

_str = str  # the module defines its own str()

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE",
           "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding",
           "LC_MESSAGES"]


class Error(Exception):
    pass


# glibc's category numbers, and the names of the categories setlocale(LC_ALL) lists
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
CHAR_MAX = 127
_CATEGORIES = [(LC_CTYPE, "LC_CTYPE"), (LC_NUMERIC, "LC_NUMERIC"), (LC_TIME, "LC_TIME"),
               (LC_COLLATE, "LC_COLLATE"), (LC_MONETARY, "LC_MONETARY"),
               (LC_MESSAGES, "LC_MESSAGES"), (7, "LC_PAPER"), (8, "LC_NAME"),
               (9, "LC_ADDRESS"), (10, "LC_TELEPHONE"), (11, "LC_MEASUREMENT"),
               (12, "LC_IDENTIFICATION")]
_KNOWN = {"C", "POSIX", "C.UTF-8", "C.utf8"}

# Python sets LC_CTYPE from the environment at startup (a C locale becomes C.UTF-8)
_current = {cat: "C" for cat, _ in _CATEGORIES}


def _from_environment(name):
    for var in ("LC_ALL", name, "LANG"):
        value = _os.environ.get(var)
        if value:
            return value
    return "C"


_ctype = _from_environment("LC_CTYPE")
_current[LC_CTYPE] = "C.UTF-8" if _ctype in ("C", "POSIX") else _ctype
if _current[LC_CTYPE] not in _KNOWN:
    _current[LC_CTYPE] = "C.UTF-8"


def _locale_name(value):
    if isinstance(value, _str):
        return value
    try:
        language, encoding = value
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of two strings "
                        "-- language code, encoding.") from None
    if language is None:
        return "C"
    if encoding is None:
        return language
    # CPython maps such pairs through its alias table to names like en_US.UTF-8
    raise Error("unsupported locale setting")


def setlocale(category, locale=None):
    """Set the locale of category (an LC_* constant) and return its name; with no
    locale (or None), return the current one."""
    names = dict(_CATEGORIES)
    if category != LC_ALL and category not in names:
        raise Error("unsupported locale setting")
    if locale is None:
        if category != LC_ALL:
            return _current[category]
        values = set(_current.values())
        if len(values) == 1:
            return values.pop()
        return ";".join("%s=%s" % (n, _current[c]) for c, n in _CATEGORIES)
    name = _locale_name(locale)
    cats = [c for c, _ in _CATEGORIES] if category == LC_ALL else [category]
    chosen = {}
    for cat in cats:
        value = name or _from_environment(names[cat])
        if value not in _KNOWN:
            raise Error("unsupported locale setting")
        chosen[cat] = "C" if value == "POSIX" else value  # glibc's name for it
    _current.update(chosen)
    return setlocale(category)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of category's locale: (None, None) for C."""
    name = setlocale(category)
    if ";" in name:
        raise TypeError("category LC_ALL is not supported")
    if name in ("C", "POSIX"):
        return None, None
    return "en_US", "UTF-8"


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    for var in envvars:
        value = _os.environ.get(var)
        if value:
            if value in ("C", "POSIX"):
                return None, None
            return "en_US", "UTF-8"
    return None, None


def getencoding():
    return "UTF-8"


def getpreferredencoding(do_setlocale=True):
    return "UTF-8"


def normalize(localename):
    return localename


def localeconv():
    """The C locale's conventions for numbers and money."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compare two strings as the C locale collates them (by code point)."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    """f % val (the C locale has no grouping)."""
    return f % val


def str(val):
    return "%.12g" % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)
