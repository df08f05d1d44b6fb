# The Python documentation's socketserver and socket examples, on port 0 and localhost.
import socket
import socketserver
import threading


class ThreadedTCPRequestHandler(socketserver.BaseRequestHandler):

    def handle(self):
        data = str(self.request.recv(1024), 'ascii')
        cur_thread = threading.current_thread()
        response = bytes("{}: {}".format(cur_thread.name, data), 'ascii')
        self.request.sendall(response)


class ThreadedTCPServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    pass


def client(ip, port, message):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.connect((ip, port))
        sock.sendall(bytes(message, 'ascii'))
        response = str(sock.recv(1024), 'ascii')
        print("Received: {}".format(response))


if __name__ == "__main__":
    HOST, PORT = "localhost", 0

    server = ThreadedTCPServer((HOST, PORT), ThreadedTCPRequestHandler)
    with server:
        ip, port = server.server_address

        # Start a thread with the server -- that thread will then start one
        # more thread for each request
        server_thread = threading.Thread(target=server.serve_forever)
        # Exit the server thread when the main thread terminates
        server_thread.daemon = True
        server_thread.start()
        print("Server loop running in thread:", server_thread.name)

        client(ip, port, "Hello World 1")
        client(ip, port, "Hello World 2")
        client(ip, port, "Hello World 3")

        server.shutdown()

    # The echo server of the socket module's documentation, with its client in a thread.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        PORT = s.getsockname()[1]

        def echo_client():
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as c:
                c.connect(("127.0.0.1", PORT))
                c.sendall(b'Hello, world')
                data = c.recv(1024)
            print('Received', repr(data))

        t = threading.Thread(target=echo_client)
        t.start()
        conn, addr = s.accept()
        with conn:
            print('Connected by', addr[0])
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data)
        t.join()

    # The UDP example of socketserver's documentation.
    class MyUDPHandler(socketserver.BaseRequestHandler):
        def handle(self):
            data = self.request[0].strip()
            sock = self.request[1]
            print("{} wrote:".format(self.client_address[0]))
            print(data)
            sock.sendto(data.upper(), self.client_address)

    with socketserver.UDPServer(("127.0.0.1", 0), MyUDPHandler) as server:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.sendto(bytes("hello udp" + "\n", "utf-8"), server.server_address)
        server.handle_request()
        received = str(sock.recv(1024), "utf-8")
        print("Received: {}".format(received))
        sock.close()
