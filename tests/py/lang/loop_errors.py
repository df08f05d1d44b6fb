def gen(n, fail_at):
    for i in range(n):
        if i == fail_at:
            raise ValueError("failed at %d" % i)
        yield i

def attempt(label, make):
    try:
        print(label, make())
    except (ValueError, RuntimeError) as e:
        print(label, type(e).__name__, e)

def loop():
    out = []
    for x in gen(5, 3):
        out.append(x)
    return out

def mutate():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
    return d

def loop_else():
    for x in gen(3, 9):
        pass
    else:
        return "else reached"

def break_out():
    for x in gen(10, 5):
        if x == 2:
            break
    return x

attempt("for", loop)
attempt("dict mutation", mutate)
attempt("else", loop_else)
attempt("break", break_out)
attempt("listcomp", lambda: [x for x in gen(4, 2)])
attempt("nested", lambda: [(a, b) for a in range(2) for b in gen(3, 1)])
attempt("setcomp", lambda: {x for x in gen(4, 9)})
attempt("genexpr", lambda: sum(x for x in gen(4, 3)))
attempt("dictcomp", lambda: {x: x for x in gen(3, 1)})
s = {1, 2}
attempt("set mutation", lambda: [s.add(x + 5) for x in s])
for x in gen(2, 1):
    print("top level", x)
