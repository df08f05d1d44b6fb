# Records python3's time.strftime (glibc's strftime, C locale) for every directive letter
# with each flag and a few widths, on time tuples that exercise padding, negative years and
# the zone fields, in the America/New_York zone. strftime_test.go compares gopy's output.
# Run from this directory with python3 (3.11): python3 gen_strftime.py > strftime.json
import json
import os
import string
import sys
import time

os.environ['TZ'] = 'America/New_York'
time.tzset()
tuples = [(2023, 11, 14, 17, 13, 20, 1, 318, 0), (5, 1, 1, 0, 0, 0, 0, 1, 1),
          (-5, 12, 31, 12, 5, 9, 6, 365, -1), (1999, 1, 3, 9, 59, 59, 6, 3, 0)]
cases = []
for t in tuples:
    for flag in ['', '-', '_', '0', '^', '#']:
        for width in ['', '3', '6']:
            for d in string.ascii_letters + '%':
                f = '%' + flag + width + d
                cases.append([f, list(t), time.strftime(f, t)])
for f in ['%', '%5', '%-', '%E', '%O', '%Ez', 'a%%b', '%c|%x|%X', '%10c', '%Ec', '%Oy', '%^10B', 'é%Y']:
    cases.append([f, list(tuples[0]), time.strftime(f, tuples[0])])
json.dump(cases, sys.stdout, indent=0)
