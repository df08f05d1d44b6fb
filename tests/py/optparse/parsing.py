import os
import sys
os.environ['COLUMNS'] = '80'
from optparse import (OptionParser, OptionGroup, Option, make_option, Values,
                      TitledHelpFormatter, IndentedHelpFormatter, OptionError,
                      OptionConflictError, OptionValueError, BadOptionError,
                      SUPPRESS_HELP, SUPPRESS_USAGE)
import optparse


class Quiet(OptionParser):
    # errors and exits become exceptions, so that many can be tried
    def exit(self, status=0, msg=None):
        raise SystemExit((status, msg))

    def error(self, msg):
        raise SystemExit(('error', msg))


def attempt(parser, args):
    try:
        opts, rest = parser.parse_args(args)
        print(sorted(vars(opts).items()), rest)
    except SystemExit as e:
        print('exit', e.code)


def record(option, opt_str, value, parser, *args, **kwargs):
    print('callback', option, opt_str, value, args, kwargs, parser.largs, parser.rargs)
    parser.values.seen = opt_str


p = Quiet(prog='tool', usage='%prog [options] FILE...', version='%prog 1.2',
          description='A tool that does many things with files; this description is long '
                      'enough to be wrapped over more than one line by textwrap.',
          epilog='See the manual for %prog.')
p.add_option('-f', '--file', dest='filename', metavar='FILE', help='write report to FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
             help="don't print status messages to stdout")
p.add_option('-n', type='int', default=3, help='count [default: %default]')
p.add_option('--ratio', type='float')
p.add_option('-c', '--color', choices=['red', 'green'], help='one of red, green')
p.add_option('-v', action='count', dest='verbosity')
p.add_option('-I', '--include', action='append', default=[])
p.add_option('--point', nargs=2, type='int')
p.add_option('--const', action='store_const', const=42)
p.add_option('-A', action='append_const', const='a', dest='consts')
p.add_option('--cb', action='callback', callback=record, callback_args=(1,), callback_kwargs={'k': 2})
p.add_option('--cbv', action='callback', callback=record, type='string', nargs=1)
p.add_option('--secret', help=SUPPRESS_HELP)
p.add_option('--a-very-long-option-name-indeed', metavar='SOMETHING',
             help='an option whose strings are longer than the help column, so its help '
                  'starts on a line of its own and wraps')
g = OptionGroup(p, 'Dangerous Options', 'Caution: use these options at your own risk. '
                'It is believed that some of them bite.')
g.add_option('-g', action='store_true', help='Group option.')
p.add_option_group(g)
print(p.format_help())
print(repr(p.get_usage()), repr(p.get_version()))

attempt(p, [])
attempt(p, ['-f', 'out.txt', '-q', 'a', 'b', '-n', '0x10', '--ratio=2.5', '-vvv'])
attempt(p, ['-fout.txt', '-n017', '-n', '0b101', '--col', 'green', '-I', 'x', '-Iy', '--', '-q'])
attempt(p, ['--point', '1', '2', '--const', '-AA', '-qv', '-gq'])
attempt(p, ['--cb', 'x', '--cbv=value', 'y'])
attempt(p, ['-n', 'abc'])
attempt(p, ['--ratio', 'x'])
attempt(p, ['-c', 'blue'])
attempt(p, ['-z'])
attempt(p, ['--nope'])
attempt(p, ['--c'])
attempt(p, ['-f'])
attempt(p, ['--point', '1'])
attempt(p, ['--quiet=yes'])
attempt(p, ['--version'])
p.disable_interspersed_args()
attempt(p, ['a', '-q'])
p.enable_interspersed_args()
print(p.get_option('-q'), p.has_option('--file'), p.get_option_group('-g').title,
      p.get_option_group('-q'))
p.remove_option('--ratio')
print(p.has_option('--ratio'))
try:
    p.remove_option('--ratio')
except ValueError as e:
    print('ValueError', e)

# option definition errors
for args, kwargs in [((), {}), (('x',), {}), (('-xy',), {}), (('---x',), {}),
                     (('-x',), {'action': 'jump'}), (('-x',), {'type': 'bogus'}),
                     (('-x',), {'action': 'store_true', 'type': 'int'}),
                     (('-x',), {'type': 'choice'}), (('-x',), {'choices': 'ab'}),
                     (('-x',), {'action': 'count', 'choices': ['a']}),
                     (('-x',), {'const': 1}), (('-x',), {'action': 'count', 'nargs': 2}),
                     (('-x',), {'action': 'callback', 'callback': 3}),
                     (('-x',), {'callback': len}), (('-x',), {'bogus': 1, 'other': 2})]:
    try:
        Option(*args, **kwargs)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p.add_option('-f')
except OptionConflictError as e:
    print('OptionConflictError', e)
o = make_option('-x', '--ex', type=int)
print(repr(o)[:13], repr(o).endswith(': -x/--ex>'), o, o.dest, o.type, o.nargs, o.takes_value(), o.get_opt_string())

r = OptionParser(conflict_handler='resolve', add_help_option=False, prog='r',
                 formatter=TitledHelpFormatter())
r.add_option('-a', '--all', action='store_true', help='first')
r.add_option('-a', '--also', action='store_true', help='second')
r.add_option('--all', action='store_true', help='third')
r.set_defaults(all=False, extra='e')
r.set_default('also', 'x')
print(r.format_help())
opts, rest = r.parse_args(['-a'])
print(opts, rest, repr(opts).startswith('<Values at 0x'))
v = Values({'a': 1})
print(v, v == {'a': 1}, v == Values({'a': 1}), v.ensure_value('b', []), v.ensure_value('a', 5))
v._update({'a': 2, 'c': 3}, 'careful')
print(v)
v._update({'c': 3}, 'loose')
print(v)

s = OptionParser(usage=SUPPRESS_USAGE, prog='s')
print(repr(s.format_help()))
s = OptionParser(usage='usage: %prog go', prog='s')
s.formatter.set_long_opt_delimiter(' ')
s.formatter.set_short_opt_delimiter('')
s.add_option('-o', '--out', help='%default is none here')
print(s.format_help())
try:
    s.formatter.set_short_opt_delimiter('=')
except ValueError as e:
    print('ValueError', e)
print(IndentedHelpFormatter(width=40).max_help_position)

# the real error(): usage and message on stderr, exit status 2
sys.stderr = sys.stdout
e = OptionParser(prog='prog')
e.add_option('--num', type='int')
try:
    e.parse_args(['--num', 'x'])
except SystemExit as ex:
    print('exit status', ex.code)
sys.stderr = sys.__stderr__
e.parse_args(['--bad'])
