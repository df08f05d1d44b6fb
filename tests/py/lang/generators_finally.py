def resource():
    print('open')
    try:
        yield 'a'
        yield 'b'
    finally:
        print('close')

for item in resource():
    print(item)

def numbers():
    for i in range(3):
        try:
            yield i
        finally:
            print('after', i)

print(list(numbers()))
