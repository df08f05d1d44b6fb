import filecmp
import os
import tempfile

with tempfile.TemporaryDirectory() as top:
    def put(path, data):
        path = os.path.join(top, path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(data)
        return path

    a = put('a/same.txt', 'hello\n')
    b = put('b/same.txt', 'hello\n')
    put('a/diff.txt', 'one\n')
    put('b/diff.txt', 'two\n')
    put('a/size.txt', 'short\n')
    put('b/size.txt', 'much longer\n')
    put('a/only_a.txt', 'x')
    put('b/only_b.txt', 'y')
    put('a/sub/inner.txt', 'i')
    put('b/sub/inner.txt', 'j')
    put('a/sub/deeper/z.txt', 'z')
    put('b/sub/deeper/z.txt', 'z')
    put('a/funny', 'file')
    os.makedirs(os.path.join(top, 'b/funny'))
    put('a/CVS/ignored', '')
    put('b/CVS/ignored', '')

    print(filecmp.cmp(a, b), filecmp.cmp(a, b, shallow=False))
    print(filecmp.cmp(os.path.join(top, 'a/diff.txt'), os.path.join(top, 'b/diff.txt'), shallow=False))
    print(filecmp.cmp(os.path.join(top, 'a'), os.path.join(top, 'b')))
    print(filecmp.cmpfiles(os.path.join(top, 'a'), os.path.join(top, 'b'),
                           ['same.txt', 'diff.txt', 'size.txt', 'missing'], shallow=False))
    try:
        filecmp.cmp(a, os.path.join(top, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    os.chdir(top)
    d = filecmp.dircmp('a', 'b')
    print(d.left_list, d.right_list)
    print(d.common, d.left_only, d.right_only)
    print(d.common_dirs, d.common_files, d.common_funny)
    print(d.same_files, d.diff_files, d.funny_files)
    print(sorted(d.subdirs), type(d.subdirs['sub']).__name__)
    d.report()
    print('--- full')
    d.report_full_closure()
    print('--- partial')
    filecmp.dircmp('a', 'b', ignore=[]).report_partial_closure()
    try:
        d.nothing
    except AttributeError as e:
        print('AttributeError', e)
    print(filecmp.dircmp[int], filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)
    filecmp.clear_cache()
