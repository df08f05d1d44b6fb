def f(n):
    out = []
    while n > 0:
        n -= 1
        try:
            try:
                if n == 2:
                    continue
                if n == 0:
                    return out
                out.append(n)
            finally:
                out.append('inner')
        except Exception:
            out.append('never')
        else:
            out.append('else')
        finally:
            out.append('outer')
    return 'end'

print(f(4))
