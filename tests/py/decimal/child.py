# Decimals and Contexts cross a Queue to spawned and forked children and back; the child
# imports decimal itself and computes under its own context.
import multiprocessing as mp
from decimal import Decimal, Context, getcontext, localcontext, ROUND_DOWN, Inexact, InvalidOperation


def work(q, values, ctx):
    import decimal
    q.put([(type(v).__name__, v) for v in values])
    q.put((ctx.prec, ctx.rounding, ctx.flags[Inexact], str(ctx.divide(1, 7))))
    q.put(str(decimal.Decimal(1) / 7))
    try:
        decimal.Decimal(0) / 0
    except decimal.InvalidOperation as e:
        q.put(e)


if __name__ == '__main__':
    values = [Decimal('1.50'), Decimal('-0'), Decimal('NaN3'), Decimal('-Infinity'),
              Decimal('1E+999'), Decimal(2).sqrt()]
    ctx = Context(prec=5, rounding=ROUND_DOWN, flags=[Inexact])
    for mpctx in (mp.get_context('spawn'), mp.get_context('fork')):
        q = mpctx.Queue()
        p = mpctx.Process(target=work, args=(q, values, ctx))
        p.start()
        got = q.get()
        print([name for name, _ in got], [repr(v) for _, v in got])
        print(q.get(), q.get())
        err = q.get()
        print(type(err).__name__, err.args)
        p.join()
        print('exit', p.exitcode)
