# encode with error handlers, maketrans/translate.
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'ignore'))
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
print('hello'.translate(str.maketrans('el', 'ip')), 'hello world'.translate(str.maketrans('lo', '01', ' ')))
print('abc'.translate({ord('a'): 'X', ord('b'): None}))
