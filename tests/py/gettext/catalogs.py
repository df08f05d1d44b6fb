import gettext
import os
import struct
import tempfile


def write_mo(path, entries, big=False):
    # entries: list of (msgid bytes, msgstr bytes), written sorted as msgfmt does
    entries = sorted(entries)
    order = '>' if big else '<'
    n = len(entries)
    ids_at = 28
    strs_at = ids_at + 8 * n
    data_at = strs_at + 8 * n
    ids, strs, blob = [], [], b''
    for msgid, _ in entries:
        ids.append((len(msgid), data_at + len(blob)))
        blob += msgid + b'\0'
    for _, msgstr in entries:
        strs.append((len(msgstr), data_at + len(blob)))
        blob += msgstr + b'\0'
    head = struct.pack(order + 'Iiiiiii', 0x950412de, 0, n, ids_at, strs_at, 0, 0)
    table = b''.join(struct.pack(order + 'ii', *e) for e in ids + strs)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(head + table + blob)


tmp = tempfile.mkdtemp()
header = (b'Project-Id-Version: test\nContent-Type: text/plain; charset=UTF-8\n'
          b'Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : '
          b'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n')
write_mo(os.path.join(tmp, 'ru', 'LC_MESSAGES', 'app.mo'), [
    (b'', header),
    (b'Hello', 'Привет'.encode()),
    (b'file\0files', 'файл\0файла\0файлов'.encode()),
    (b'menu\x04Open', 'Открыть'.encode()),
])
write_mo(os.path.join(tmp, 'de', 'LC_MESSAGES', 'app.mo'), [
    (b'', b'Content-Type: text/plain; charset=UTF-8\n'),
    (b'Hello', b'Hallo'),
    (b'Bye', b'Tschuess'),
], big=True)

t = gettext.translation('app', tmp, languages=['ru', 'de'])
print(type(t).__name__, t.charset(), sorted(t.info().items()))
print(t.gettext('Hello'), t.gettext('Bye'), t.gettext('Missing'))
for n in [0, 1, 2, 5, 11, 21, 22, 101, 111]:
    print(n, t.ngettext('file', 'files', n))
print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'))
print(t.npgettext('menu', 'item', 'items', 2))
print(gettext.find('app', tmp, ['fr', 'de', 'ru'])[len(tmp):], gettext.find('app', tmp, ['fr']))
print(gettext.find('app', tmp, ['de', 'ru'], all=True) == [
    os.path.join(tmp, 'de', 'LC_MESSAGES', 'app.mo'), os.path.join(tmp, 'ru', 'LC_MESSAGES', 'app.mo')])

null = gettext.translation('app', tmp, languages=['fr'], fallback=True)
print(type(null).__name__, null.gettext('Hello'), null.ngettext('a', 'b', 1), null.ngettext('a', 'b', 3))
try:
    gettext.translation('app', tmp, languages=['fr'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)

gettext.bindtextdomain('app', tmp)
gettext.textdomain('app')
os.environ['LANGUAGE'] = 'de'
print(gettext.gettext('Hello'), gettext.ngettext('x', 'y', 2), gettext.dgettext('none', 'Hello'))
print(gettext.textdomain(), gettext.bindtextdomain('app') == tmp)
t.install(names=['ngettext'])
print(_('Hello'), ngettext('file', 'files', 3))

for expr in ['n != 1', 'n > 1', '0', 'n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2',
             'n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 : (n>6 && n<11) ? 3 : 4',
             '!n', '(n || 3) + 1', 'n/3', '1 < n < 3']:
    f = gettext.c2py(expr)
    print(expr, [f(n) for n in range(12)])
for bad in ['n +', 'n $ 2', '(n', 'n ? 1', 'n n', 'x', '(' * 30 + 'n' + ')' * 30]:
    try:
        gettext.c2py(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    gettext.c2py('n != 1')('3')
except TypeError as e:
    print('TypeError', e)

with open(os.path.join(tmp, 'bad.mo'), 'wb') as f:
    f.write(b'\0' * 32)
try:
    with open(os.path.join(tmp, 'bad.mo'), 'rb') as f:
        gettext.GNUTranslations(f)
except OSError as e:
    print('OSError', e.args[:2])
