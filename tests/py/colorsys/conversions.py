import colorsys

samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
           (0.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.9, 0.1, 0.55), (0.5, 0.5, 0.25),
           (0.123, 0.456, 0.789), (0.99, 0.98, 0.01)]
for rgb in samples:
    for name in ('yiq', 'hls', 'hsv'):
        there = getattr(colorsys, 'rgb_to_' + name)(*rgb)
        back = getattr(colorsys, name + '_to_rgb')(*there)
        print(name, rgb, repr(there), repr(back))
# hues of every sector and out-of-range YIQ values are clipped
for h in [i / 12 for i in range(13)]:
    print(repr(colorsys.hsv_to_rgb(h, 0.7, 0.9)), repr(colorsys.hls_to_rgb(h, 0.3, 0.6)),
          repr(colorsys.hls_to_rgb(h, 0.8, 0.6)))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0))
print(sorted(colorsys.__all__))
try:
    colorsys.rgb_to_hsv(1, 2)
except TypeError as e:
    print('TypeError', e)
