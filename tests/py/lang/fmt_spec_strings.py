# format() mini-language for strings and other objects.
for spec in ['', 's', '5', '<5', '>5', '^5', '*^9', '.2', '10.3', 'é>6']:
    print(repr(spec), repr(format('abc', spec)))
for spec in ['=5', '+', '#', 'd', ',']:
    try:
        format('abc', spec)
    except ValueError as e:
        print('ValueError', e)
print(repr(format(None, '')), repr(format([1], '')), repr(format(1 + 2j, '>10')))
try:
    format(None, '>5')
except TypeError as e:
    print('TypeError', e)
