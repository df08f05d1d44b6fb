# parse_intermixed_args / parse_known_intermixed_args: optionals and positionals
# interleaved, required options, mutually exclusive groups, the refused nargs, errors.
import argparse
import sys


def run(parser, argv, known=False):
    try:
        if known:
            print(parser.parse_known_intermixed_args(argv))
        else:
            print(parser.parse_intermixed_args(argv))
    except SystemExit as e:
        print('exit', e.code)
    except TypeError as e:
        print('TypeError', e)


sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
run(p, 'doit 1 --foo bar 2 3'.split())
print(p.parse_known_args('doit 1 --foo bar 2 3'.split()))
run(p, 'doit'.split())
run(p, '--foo x'.split())
run(p, 'doit 1 --bad 2'.split())
run(p, 'doit 1 --bad 2'.split(), known=True)
run(p, 'doit x'.split())

q = argparse.ArgumentParser(prog='q')
q.add_argument('-r', required=True)
q.add_argument('-v', action='count', default=0)
q.add_argument('a')
q.add_argument('b', nargs='?', default='B')
q.add_argument('c', nargs='+')
run(q, '1 -v 2 -r R 3 -v 4'.split())
run(q, '1 2'.split())
run(q, '-r R 1'.split())
run(q, '-r R 1 2 3'.split())

g = argparse.ArgumentParser(prog='g')
mx = g.add_mutually_exclusive_group(required=True)
mx.add_argument('--x', action='store_true')
mx.add_argument('--y', action='store_true')
g.add_argument('items', nargs='*')
run(g, 'a --x b'.split())
run(g, 'a b'.split())
run(g, 'a --x --y'.split())

bad = argparse.ArgumentParser(prog='bad')
bad.add_argument('cmd', nargs=argparse.REMAINDER)
run(bad, ['x'])
sub = argparse.ArgumentParser(prog='sub')
sub.add_subparsers().add_parser('go')
run(sub, ['go'])
mxp = argparse.ArgumentParser(prog='mxp')
grp = mxp.add_mutually_exclusive_group()
grp.add_argument('pos', nargs='?')
grp.add_argument('--opt')
run(mxp, ['v'])
u = argparse.ArgumentParser(prog='u', usage='%(prog)s [options] things')
u.add_argument('things', nargs='+')
u.add_argument('--n', type=int)
run(u, '--n 1 a --n 2 b'.split())
run(u, '--n x a'.split())
print(u.usage)
