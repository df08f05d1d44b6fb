# string in a spawned child: a Template crosses a Queue both ways.
import multiprocessing as mp
import string


def work(q_in, q_out):
    t = q_in.get()
    q_out.put((t.substitute(x="child"), string.Formatter().format("{0:>6}", "f"),
               string.Template("$y")))


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q_in, q_out = ctx.Queue(), ctx.Queue()
    p = ctx.Process(target=work, args=(q_in, q_out))
    p.start()
    q_in.put(string.Template("hello $x"))
    text, formatted, tmpl = q_out.get()
    p.join()
    print(text, repr(formatted), type(tmpl).__name__, tmpl.substitute(y=1), p.exitcode)
