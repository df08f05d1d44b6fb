# format() mini-language for ints.
for spec in ['', 'd', '5', '<5', '^5', '=+6', '*^7', '+d', ' d', '05', '010,', ',', '_', 'x', '#X', '#o', '#b', '_b', '#010x', 'c', 'e', '.2f', '%', 'n']:
    print(repr(spec), repr(format(255, spec)), repr(format(-1234567, spec)) if spec != 'c' else '')
for spec in ['.3', 's', ',x', 'z']:
    try:
        format(5, spec)
    except ValueError as e:
        print('ValueError', e)
print(format(True), format(True, 'd'), format(2 ** 70, ','))
