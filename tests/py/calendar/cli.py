# python -m calendar: text and HTML output, options and argparse's errors.
import subprocess
import sys

for args in [["2024", "2"], ["-w", "3", "-l", "2", "2023", "11"], ["-m", "4", "-s", "2", "2022"],
             ["-t", "html", "2021"], ["-t", "html", "-c", "x.css", "-e", "ascii", "2020"],
             ["-L", "C", "2024"], ["-t", "html", "2021", "3"], ["x"], ["-h"], ["-t", "pdf"],
             ["-e", "utf-16", "2024", "1"], ["2024", "13"], ["0", "1"]]:
    proc = subprocess.run([sys.executable, "-m", "calendar"] + args, capture_output=True)
    err = proc.stderr.decode().strip().splitlines()
    print(args, proc.returncode, err[-1] if err else "")
    print(proc.stdout.decode("utf-8", "replace"))
