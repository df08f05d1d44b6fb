a, b = 1, 2
text = f'''first {a}
second {
    b
}
third'''
print(text)
print(rf'\d+{a}\n')
print(fr"raw {b} \t")
print(Rf'{a}\{b}')
path = 'dir'
print(f'{path}\\file')
