import os, os.path, sys
print(sys.modules["os.path"] is os.path)
j = os.path.join
print(j("a", "b"), j("a/", "b"), j("a", "/b"), j("a", ""), j("", "x"))
print(os.path.split("/usr/lib/"), os.path.split("file"), os.path.split("/"))
print(os.path.dirname("/a/b/c.txt"), os.path.basename("/a/b/c.txt"), os.path.basename("/a/b/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".hidden"), os.path.splitext("a/b.c/d"))
print(os.path.normpath("a//b/./c/.."), os.path.normpath("/../x"), os.path.normpath("./"))
print(os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.exists("os_path.py"), os.path.isfile("os_path.py"), os.path.isdir("os_path.py"))
print(os.path.isdir("_pkg"), os.path.exists("nope"), os.path.getsize("_mod.py"))
print(os.path.abspath("x") == j(os.getcwd(), "x"))
os.path.getsize("nope")
