# The ThreadPoolExecutor example of the Python documentation (concurrent.futures), with
# load_url answering from a table instead of the network; the rest is unchanged.
import concurrent.futures

URLS = ['http://www.foxnews.com/',
        'http://www.cnn.com/',
        'http://europe.wsj.com/',
        'http://www.bbc.co.uk/',
        'http://nonexistant-subdomain.python.org/']

PAGES = {
    'http://www.foxnews.com/': b'<html>fox</html>',
    'http://www.cnn.com/': b'<html>cnn news</html>',
    'http://europe.wsj.com/': b'<html>wsj</html>' * 3,
    'http://www.bbc.co.uk/': b'<html>bbc</html>' * 10,
}

# Retrieve a single page and report the URL and contents
def load_url(url, timeout):
    if url not in PAGES:
        raise OSError('<urlopen error [Errno -2] Name or service not known>')
    return PAGES[url]

results = []

# We can use a with statement to ensure threads are cleaned up promptly
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    # Start the load operations and mark each future with its URL
    future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            results.append('%r generated an exception: %s' % (url, exc))
        else:
            results.append('%r page is %d bytes' % (url, len(data)))

# The completion order depends on the threads: print in a fixed order.
for line in sorted(results):
    print(line)
