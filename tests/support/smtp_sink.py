"""Two mail servers for the gates: one that delivers into a list (refusing some recipients if asked), and one that
accepts and never answers."""

import socket
import socketserver
import threading


class _Session(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) for Django's SMTP backend: greet, accept one or more messages, quit; ``RCPT TO`` a
    refused address gets a permanent 550."""

    def reply(self, line):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        self.reply("220 sink ESMTP")
        while line := self.rfile.readline():
            command = line.decode(errors="replace").strip()
            upper = command.upper()
            if upper.startswith("EHLO"):
                self.reply("250 sink")
            elif upper.startswith("RCPT TO") and any(address in command for address in self.server.refused):
                self.reply("550 5.1.1 Recipient address rejected: User unknown")
            elif upper == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                lines = []
                while (data := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
                    lines.append(data)
                self.server.messages.append(b"".join(lines).decode(errors="replace"))
                self.reply("250 queued")
            elif upper == "QUIT":
                self.reply("221 bye")
                return
            else:  # HELO, MAIL FROM, RCPT TO, RSET, NOOP
                self.reply("250 ok")


class SmtpSink(socketserver.ThreadingTCPServer):
    """``with SmtpSink() as sink:`` listens on ``sink.address``; what arrives is in ``sink.messages``; mail to an
    address in ``refused`` is refused for good (a bounce)."""

    daemon_threads = True

    def __init__(self, refused=()):
        super().__init__(("127.0.0.1", 0), _Session)
        self.refused = frozenset(refused)
        self.messages = []
        self.address = "{}:{}".format(*self.server_address)

    def __enter__(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info):
        self.shutdown()
        self.server_close()


class SilentMailServer:
    """A port that accepts connections (the kernel completes them) and never sends the SMTP greeting."""

    def __enter__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(64)
        self.address = "{}:{}".format(*self.socket.getsockname())
        return self

    def __exit__(self, *exc_info):
        self.socket.close()
