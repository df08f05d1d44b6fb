value = 'a'
print('running mod_a as', __name__)
