d = {'key': 'value', 'n': 3}
print(f"{d['key']}")
print(f'{d["n"] * 2}')
print(f"{'yes' if d else 'no'}")
print(f'''{"triple" + 'mixed'}''')
print(f"{', '.join(['a', 'b'])}")
