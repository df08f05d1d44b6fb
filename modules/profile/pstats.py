"""Class for printing reports on profiled python code."""

import sys
import os
import time
import marshal
import re
from enum import StrEnum, _simple_enum
from functools import cmp_to_key
from dataclasses import dataclass
from typing import Dict

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


@_simple_enum(StrEnum)
class SortKey:
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        for alias in values[1:]:
            cls._value2member_map_[alias] = member
        member._all_values = values
        return member


@dataclass(unsafe_hash=True)
class FunctionProfile:
    ncalls: str
    tottime: float
    percall_tottime: float
    cumtime: float
    percall_cumtime: float
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    '''Class for keeping track of an item in inventory.'''
    total_tt: float
    func_profiles: Dict[str, FunctionProfile]


# Sort keys: the fields of a row (primitive calls, calls, tottime, cumtime,
# file, line, name, standard name), each ascending (1) or descending (-1).
_ROW_KEYS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "module": (((4, 1),), "file name"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}


class Stats:
    """A report on the statistics of one or more profiles (Profile objects
    or files written by dump_stats): sort_stats, strip_dirs, reverse_order,
    add, then print_stats, print_callers, print_callees. Every method
    returns the Stats, so calls chain.
    """

    sort_arg_dict_default = _ROW_KEYS

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        first = args[0] if args else None
        self.init(first)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print("Invalid timing data %s" % (self.files[-1] if self.files else ''),
                  file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                arg = time.ctime(os.stat(arg).st_mtime) + "    " + arg
            except Exception:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.prim_calls += cc
            self.total_calls += nc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            self.top_level.update(item.top_level)
            self.max_name_len = max(self.max_name_len, item.max_name_len)
            self.fcn_list = None
            for func, row in item.stats.items():
                base = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(base, row)
        return self

    def dump_stats(self, filename):
        """Write the profile data to a file we know how to load back."""
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        """Expand all abbreviations that are unique."""
        if not self.sort_arg_dict:
            table, clashes = {}, set()
            for word, definition in self.sort_arg_dict_default.items():
                for end in range(len(word), 0, -1):
                    prefix = word[:end]
                    if prefix in table:
                        clashes.add(prefix)
                        break
                    table[prefix] = definition
            for prefix in clashes:
                del table[prefix]
            self.sort_arg_dict = table
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [{-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}[field[0]]]
        elif len(field) >= 2:
            if any(type(arg) != type(field[0]) for arg in field[1:]):
                raise TypeError("Can't have mixed argument type")
        table = self.get_sort_arg_defs()
        order = ()
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            order += table[word][0]
            names.append(table[word][1])
        self.sort_type = ", ".join(names)
        rows = [(cc, nc, tt, ct) + func + (func_std_string(func), func)
                for func, (cc, nc, tt, ct, callers) in self.stats.items()]
        rows.sort(key=cmp_to_key(TupleComp(order).compare))
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        stripped = {}
        widest = 0
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            short = func_strip_path(func)
            widest = max(widest, len(func_std_string(short)))
            row = (cc, nc, tt, ct,
                   {func_strip_path(c): v for c, v in callers.items()})
            stripped[short] = add_func_stats(stripped[short], row) if short in stripped else row
        self.stats = stripped
        self.top_level = {func_strip_path(f) for f in self.top_level}
        self.max_name_len = widest
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in callers.items():
                callees.setdefault(caller, {})[func] = value

    def eval_print_amount(self, sel, list, msg):
        chosen = list
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                return chosen, msg + "   <Invalid regular expression %r>\n" % sel
            chosen = [f for f in list if pattern.search(func_std_string(f))]
        elif isinstance(sel, float) and 0.0 <= sel < 1.0:
            chosen = list[:int(len(list) * sel + .5)]
        elif isinstance(sel, int) and 0 <= sel < len(list):
            chosen = list[:sel]
        if len(chosen) != len(list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(list), len(chosen), sel)
        return chosen, msg

    def get_stats_profile(self):
        """A StatsProfile of the functions (in the sorted order, if sorted)."""
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats)
        if not funcs:
            return StatsProfile(0, {})
        profiles = {}
        for func in funcs:
            cc, nc, tt, ct, callers = self.stats[func]
            calls = str(nc) if nc == cc else "%d/%d" % (nc, cc)
            profiles[func[2]] = FunctionProfile(
                calls, float(f8(tt)), -1 if nc == 0 else float(f8(tt / nc)),
                float(f8(ct)), -1 if cc == 0 else float(f8(ct / cc)),
                func[0], func[1])
        return StatsProfile(float(f8(self.total_tt)), profiles)

    def get_print_list(self, sel_list):
        if self.fcn_list:
            funcs = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            funcs = list(self.stats)
            msg = "   Random listing order was used\n"
        for sel in sel_list:
            funcs, msg = self.eval_print_amount(sel, funcs, msg)
        if not funcs:
            return 0, funcs
        print(msg, file=self.stream)
        width = self.max_name_len
        if len(funcs) < len(self.stats):
            width = max(len(func_std_string(f)) for f in funcs)
        return width + 2, funcs

    def print_stats(self, *amount):
        out = self.stream
        for name in self.files:
            print(name, file=out)
        if self.files:
            print(file=out)
        for func in self.top_level:
            print(' ' * 8, func_get_function_name(func), file=out)
        print(' ' * 8, self.total_calls, "function calls", end=' ', file=out)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, "was called by...")
            for func in funcs:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # cProfile's callers carry timings; profile's only counts.
        detailed = False
        for row in self.stats.values():
            if row[4]:
                detailed = isinstance(next(iter(row[4].values())), tuple)
                break
        if detailed:
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        pad = ""
        for func in sorted(call_dict):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                count = '%d' % nc if nc == cc else '%d/%d' % (nc, cc)
                text = '%s %s %s  %s' % (count.rjust(7 + 2 * len(pad)), f8(tt), f8(ct), name)
                margin = name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                margin = name_size + 3
            print(pad * margin + text, file=self.stream)
            pad = " "

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)',
              file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc) if nc == cc else str(nc) + '/' + str(cc)
        cells = [calls.rjust(9), f8(tt), ' ' * 8 if nc == 0 else f8(tt / nc),
                 f8(ct), ' ' * 8 if cc == 0 else f8(ct / cc), func_std_string(func)]
        print(*cells, file=self.stream)


class TupleComp:
    """Compares tuples on a list of (index, direction) pairs, most
    significant first, for sorting with functools.cmp_to_key."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for index, direction in self.comp_select_list:
            if left[index] < right[index]:
                return -direction
            if left[index] > right[index]:
                return direction
        return 0


def func_strip_path(func_name):
    return (os.path.basename(func_name[0]),) + tuple(func_name[1:])


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    if func_name[:2] != ('~', 0):
        return "%s:%d(%s)" % func_name
    name = func_name[2]
    if name.startswith('<') and name.endswith('>'):
        return '{' + name[1:-1] + '}'
    return name


def add_func_stats(target, source):
    """Add together all the stats for two profile entries."""
    return tuple(a + b for a, b in zip(source[:4], target[:4])) + (
        add_callers(target[4], source[4]),)


def add_callers(target, source):
    """Combine two caller lists in a single list."""
    merged = dict(target)
    for func, value in source.items():
        if func not in merged:
            merged[func] = value
        elif isinstance(value, tuple):
            merged[func] = tuple(a + b for a, b in zip(value, merged[func]))
        else:
            merged[func] += value
    return merged


def count_calls(callers):
    """Sum the caller statistics to get total number of calls received."""
    return sum(callers.values())


def f8(x):
    return "%8.3f" % x
