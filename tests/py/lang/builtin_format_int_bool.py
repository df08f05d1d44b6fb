# format(), int(True), bool(), str() and repr() corners.
print(format(3.14159, '.2f'), format(42), format('x', '>3'), format(255, '#x'), format(1e16), format(True))
print(int(True), int(False), int(3.99), int(-3.99), int('42'), type(int(True)).__name__)
print(bool(), bool(0), bool(''), bool('a'), bool({}), bool({1}), bool([0]))
print(str(1.0), str(1e16), str((1,)), repr('it\'s'), repr("a\"b'c"), ascii('ñ'), repr('\t\x00\u200b'))
try:
    format(1, 'z')
except ValueError as e:
    print('ValueError', e)
