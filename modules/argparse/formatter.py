# gopy's argparse, part 1 of 3 (formatter.py, actions.py and parser.py are concatenated
# into the module): constants, the errors, Namespace and the help formatters. CPython
# 3.11's argparse is the specification (its usage, help and error text byte for byte);
# the code is gopy's own.

import os as _os
import re as _re
import sys as _sys

__version__ = '1.1'
__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _(text):
    return text


def ngettext(single, plural, n):
    return single if n == 1 else plural


class _AttributeHolder(object):
    """A repr of the form ClassName(arg, name=value, ...)."""

    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        starred = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                starred[name] = value
        if starred:
            shown.append('**%s' % repr(starred))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The attributes parse_args() sets."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _action_name(argument):
    # how messages name an argument: its options, metavar, dest or choices
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


_get_action_name = _action_name


class ArgumentError(Exception):
    """A bad argument, named in the message when known."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type functions to give their own message."""
    pass


def _terminal_columns():
    # shutil.get_terminal_size's answer: $COLUMNS, else the terminal, else 80
    try:
        cols = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        cols = 0
    if cols <= 0:
        try:
            cols = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            cols = 0
    return cols or 80


class _Section(object):
    # a titled part of the help: a list of (function, args) items and subsections

    def __init__(self, formatter, parent, heading=None):
        self.formatter = formatter
        self.parent = parent
        self.heading = heading
        self.items = []

    def format_help(self):
        fmt = self.formatter
        if self.parent is not None:
            fmt._indent()
        body = fmt._join_parts([func(*args) for func, args in self.items])
        if self.parent is not None:
            fmt._dedent()
        if not body:
            return ''
        if self.heading is not SUPPRESS and self.heading is not None:
            heading = '%*s%s:\n' % (fmt._current_indent, '', self.heading)
        else:
            heading = ''
        return fmt._join_parts(['\n', heading, body, '\n'])


class HelpFormatter(object):
    """Lays out usage and help text (the default: text re-wrapped to the width)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = _Section(self, None)
        self._current_section = self._root_section
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n\n\n+')

    _Section = _Section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = _Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widths = [len(self._format_action_invocation(action))]
        for sub in self._iter_indented_subactions(action):
            widths.append(len(self._format_action_invocation(sub)))
        # (the subactions' widths count from the action's own indent, as CPython's do)
        self._action_max_length = max(self._action_max_length, max(widths) + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = self._long_break_matcher.sub('\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join(p for p in part_strings if p and p is not SUPPRESS)

    # ---- usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            usage = self._usage_for(actions, groups, prefix)
        return '%s%s\n\n' % (prefix, usage)

    def _usage_for(self, actions, groups, prefix):
        prog = '%(prog)s' % dict(prog=self._prog)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = ' '.join(s for s in [prog, self._format_actions_usage(optionals + positionals, groups)] if s)
        room = self._width - self._current_indent
        if len(prefix) + len(whole) <= room:
            return whole
        # too long: wrap the optionals and the positionals separately
        splitter = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')
        opt_parts = splitter.findall(self._format_actions_usage(optionals, groups))
        pos_parts = splitter.findall(self._format_actions_usage(positionals, groups))

        def lines_of(parts, indent, first_prefix=None):
            out, line = [], []
            length = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line and length + 1 + len(part) > room:
                    out.append(indent + ' '.join(line))
                    line = []
                    length = len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                out.append(indent + ' '.join(line))
            if first_prefix is not None:
                out[0] = out[0][len(indent):]
            return out

        if len(prefix) + len(prog) <= 0.75 * room:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = lines_of([prog] + opt_parts, indent, prefix)
                lines.extend(lines_of(pos_parts, indent))
            elif pos_parts:
                lines = lines_of([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = lines_of(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # the actions' usage parts, with the brackets and bars of mutually exclusive
        # groups whose actions stand together in the list
        grouped = set()
        marks = {}

        def mark(at, text):
            marks[at] = marks[at] + ' ' + text if at in marks else text

        for group in groups:
            if not group._group_actions:
                raise ValueError(f'empty group {group}')
            first = group._group_actions[0]
            if first not in actions:
                continue
            start = actions.index(first)
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            grouped.update(group._group_actions)
            mark(start, '(' if group.required else '[')
            mark(end, ')' if group.required else ']')
            for i in range(start + 1, end):
                marks[i] = '|'
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
                continue
            if not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in grouped and part[:1] == '[' and part[-1:] == ']':
                    part = part[1:-1]
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    args = self._format_args(action, self._get_default_metavar_for_optional(action))
                    part = '%s %s' % (action.option_strings[0], args)
                if not action.required and action not in grouped:
                    part = '[%s]' % part
            parts.append(part)
        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]
        text = ' '.join(p for p in parts if p is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        text = _re.sub(r'\(([^|]*)\)', r'\1', text)
        return text.strip()

    # ---- text and actions

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            parts = ['%*s%s\n' % (self._current_indent, '', header)]
        elif len(header) <= action_width:
            parts = ['%*s%-*s  ' % (self._current_indent, '', action_width, header)]
            header = None
        else:
            parts = ['%*s%s\n' % (self._current_indent, '', header)]
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            if lines:
                if header is None:
                    parts.append('%s\n' % lines[0])
                else:
                    parts.append('%*s%s\n' % (help_position, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not parts[0].endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (opt, args) for opt in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(str(c) for c in action.choices)
        else:
            result = default_metavar

        def give(count):
            if isinstance(result, tuple):
                return result
            return (result,) * count
        return give

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        n = action.nargs
        if n is None:
            return '%s' % names(1)
        if n == OPTIONAL:
            return '[%s]' % names(1)
        if n == ZERO_OR_MORE:
            got = names(1)
            if len(got) == 2:
                return '[%s [%s ...]]' % got
            return '[%s ...]' % got
        if n == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if n == REMAINDER:
            return '...'
        if n == PARSER:
            return '%s ...' % names(1)
        if n == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * n
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(slots) % names(n)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        if get is None:
            return
        self._indent()
        try:
            for sub in get():
                yield sub
        finally:
            self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every text as written, arguments' help too."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments by their type's name."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
