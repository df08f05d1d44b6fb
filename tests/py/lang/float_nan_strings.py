import pickle, math
for s in ['nan', '+nan', '-NaN ', ' -inf', 'Infinity', '+infinity', ' 1e3 ', '-0.0']:
    f = float(s)
    print(repr(s), f, math.copysign(1, f), pickle.dumps(f))
for bad in ['nann', '- nan', '', 'in f']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
