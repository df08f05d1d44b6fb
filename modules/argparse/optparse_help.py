"""A command-line option parser (optparse, kept for compatibility; argparse
supersedes it).

    from optparse import OptionParser
    parser = OptionParser()
    parser.add_option("-f", "--file", dest="filename", metavar="FILE",
                      help="write report to FILE")
    (options, args) = parser.parse_args()
"""

__version__ = "1.5.3"

__all__ = ['Option',
           'make_option',
           'SUPPRESS_HELP',
           'SUPPRESS_USAGE',
           'Values',
           'OptionContainer',
           'OptionGroup',
           'OptionParser',
           'HelpFormatter',
           'IndentedHelpFormatter',
           'TitledHelpFormatter',
           'OptParseError',
           'OptionError',
           'OptionConflictError',
           'OptionValueError',
           'BadOptionError',
           'check_choice']

import os
import sys
import textwrap

try:
    from gettext import gettext, ngettext
except ImportError:
    def gettext(message):
        return message

    def ngettext(singular, plural, n):
        return singular if n == 1 else plural

_ = gettext


def _repr(self):
    return "<%s at 0x%x: %s>" % (type(self).__name__, id(self), self)


class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option was made with invalid or inconsistent arguments."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return "option " + self.option_id + ": " + self.msg


class OptionConflictError(OptionError):
    """Options with the same option string were added to one parser."""


class OptionValueError(OptParseError):
    """A command line gave an option a value it does not accept."""


class BadOptionError(OptParseError):
    """A command line holds an option the parser does not know."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        text = _("no such option: %s")
        return text % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """A command line abbreviates several long options at once."""

    def __init__(self, opt_str, possibilities):
        BadOptionError.__init__(self, opt_str)
        self.possibilities = possibilities

    def __str__(self):
        text = _("ambiguous option: %s (%s?)")
        return text % (self.opt_str, ", ".join(self.possibilities))


class HelpFormatter:
    """The base of the help formatters: lays out usage, headings,
    descriptions and one entry per option, with the option strings in a
    column of at most max_help_position and their help wrapped beside it.
    width None means $COLUMNS (80 when unset) minus 2; default_tag in a
    help text is replaced by the option's default.
    """

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = None
        self.indent_increment, self.short_first = indent_increment, short_first
        if width is None:
            try:
                width = int(os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self.width = width
        self.max_help_position = min(max_help_position,
                                     max(width - 20, 2 * indent_increment))
        self.help_position = self.max_help_position
        self.current_indent = 0
        self.level = 0
        self.help_width = None
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_opt_fmt = "%s %s"
        self._long_opt_fmt = "%s=%s"

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ("", " "):
            raise ValueError(
                "invalid metavar delimiter for short options: %r" % delim)
        self._short_opt_fmt = "%%s%s%%s" % delim

    def set_long_opt_delimiter(self, delim):
        if delim not in ("=", " "):
            raise ValueError(
                "invalid metavar delimiter for long options: %r" % delim)
        self._long_opt_fmt = "%%s%s%%s" % delim

    def indent(self):
        self.level += 1
        self.current_indent = self.current_indent + self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent = self.current_indent - self.indent_increment
        if self.current_indent < 0:
            raise AssertionError("Indent decreased below 0.")

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        margin = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        if not self.default_tag or self.parser is None:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is None or value is NO_DEFAULT:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        strings = self.option_strings[option]
        column = self.help_position - self.current_indent - 2
        pad = " " * self.current_indent
        if len(strings) > column:
            out = [pad + strings + "\n"]
            first_indent = self.help_position
        else:
            out = [pad + strings.ljust(column) + "  "]
            first_indent = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            out.append(" " * first_indent + lines[0] + "\n")
            out.extend(" " * self.help_position + line + "\n" for line in lines[1:])
        elif not out[0].endswith("\n"):
            out.append("\n")
        return "".join(out)

    def store_option_strings(self, parser):
        widest = 0
        self.indent()
        for option in parser.option_list:
            text = self.option_strings[option] = self.format_option_strings(option)
            widest = max(widest, self.current_indent + len(text))
        self.indent()
        for group in parser.option_groups:
            for option in group.option_list:
                text = self.option_strings[option] = self.format_option_strings(option)
                widest = max(widest, self.current_indent + len(text))
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        """Return a comma-separated list of option strings & metavariables."""
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            shown = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, shown) for s in shorts]
            longs = [self._long_opt_fmt % (s, shown) for s in longs]
        return ", ".join(shorts + longs if self.short_first else longs + shorts)


class IndentedHelpFormatter(HelpFormatter):
    """Headings flush left, their sections indented beneath."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with '=' (sections with '-')."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return self.format_heading(_("Usage")) + "  " + usage + "\n"

    def format_heading(self, heading):
        return heading + "\n" + "=-"[self.level] * len(heading) + "\n"


def _parse_num(val, type):
    prefix = val[:2].lower()
    if prefix == "0x":
        return type(val, 16)
    if prefix == "0b":
        return type(val[2:] or "0", 2)
    return type(val, 8 if val[:1] == "0" else 10)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {"int": (_parse_int, _("integer")),
                "long": (_parse_int, _("integer")),
                "float": (float, _("floating-point")),
                "complex": (complex, _("complex"))}


def check_builtin(option, opt, value):
    convert, what = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        text = _("option %s: invalid %s value: %r")
        raise OptionValueError(text % (opt, what, value))


def check_choice(option, opt, value):
    if value not in option.choices:
        text = _("option %s: invalid choice: %r (choose from %s)")
        listed = ", ".join(repr(c) for c in option.choices)
        raise OptionValueError(text % (opt, value, listed))
    return value


NO_DEFAULT = ("NO", "DEFAULT")
SUPPRESS_HELP = "SUPPRESSHELP"
SUPPRESS_USAGE = "SUPPRESSUSAGE"
