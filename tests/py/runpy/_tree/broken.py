raise ValueError('broken module')
