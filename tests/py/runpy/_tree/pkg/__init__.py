print('importing pkg')
