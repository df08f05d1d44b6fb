"""email.message.Message headers and parameters, the parser, email.utils dates and addresses."""
import email, email.message, email.utils
print(email.utils.formatdate(0), email.utils.formatdate(86400*365, usegmt=True))
print(email.utils.parsedate_to_datetime("Mon, 07 Dec 2026 21:49:10 +0100"), email.utils.parsedate("Tue, 1 Feb 2000 01:02:03 GMT"))
print(email.utils.parseaddr("Joe Q <joe@x.org>"), email.utils.formataddr(("A, B", "a@b")), email.utils.getaddresses(["a@b, C <c@d>"]))
m = email.message.Message()
m['Content-Type']='text/html; charset="UTF-8"; q=1'
m['X-A']='1'; m['x-a']='2'
print(repr(str(m)), m.get_all('X-A'), m.keys(), m.get_content_type(), m.get_content_charset(), m.get_params(), m.get_param('q'), len(m), 'x-a' in m)
print(m.get_content_maintype(), m.get_filename(), m.get_payload(), m.is_multipart())
del m['x-a']; print(m.items())
m2 = email.message_from_string('A: 1\nB: two\n  continued\n\nbody\n'); print(m2.items(), repr(m2.get_payload()))
n = email.message.Message(); print(n.get_content_type(), n.get_content_charset(), n.get_content_charset('x'))
n.add_header('Content-Disposition', 'attachment', filename='a b.txt'); print(n.items(), n.get_filename())
print(m.get('nope', 0), m['nope'])
n.set_param('charset', 'ascii'); print(n.items())
