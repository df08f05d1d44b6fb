f(a=1, g(x))
