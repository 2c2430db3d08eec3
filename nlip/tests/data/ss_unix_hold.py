"""Opens unix, packet and netlink sockets in the current network namespace for
compat_ss_unix.rs and holds them until stdin closes; prints "ready" when they are open.

    python3 ss_unix_hold.py DIR     the unix sockets' paths are made in DIR

Unix: a stream listener on DIR/listen.sock with one accepted connection (data queued on
both sides) and one pending, a stream listener on an abstract name, a stream socketpair
with one side shut for writing, datagram sockets bound to a path, to an abstract name
with a NUL inside and unbound, one connected to the bound one with a datagram queued, a
datagram socketpair, a seqpacket listener with an accepted connection, a seqpacket
socketpair. Packet: raw ETH_P_ALL bound to lo (fanout group, auxdata), dgram ETH_P_IP
bound to lo (a BPF filter), raw LLDP unbound (a receive ring), dgram protocol 0, raw
ETH_P_IPV6 bound to lo. Netlink: route (groups), generic, sock_diag, uevent, one
connected to the kernel, one never bound (port 0). Inet: a TCP listener on
127.0.0.1:8080 with one connection, a UDP socket on [::1]:5353.
"""
import ctypes
import os
import socket
import struct
import sys

d = sys.argv[1]
held = []


def keep(*socks):
    held.extend(socks)
    return socks[0] if len(socks) == 1 else socks


U = socket.AF_UNIX
listener = keep(socket.socket(U, socket.SOCK_STREAM))
listener.bind(os.path.join(d, "listen.sock"))
listener.listen(8)
client = keep(socket.socket(U, socket.SOCK_STREAM))
client.connect(os.path.join(d, "listen.sock"))
accepted = keep(listener.accept()[0])
client.send(b"hello")
accepted.send(b"hi there")
keep(socket.socket(U, socket.SOCK_STREAM)).connect(os.path.join(d, "listen.sock"))

abstract = keep(socket.socket(U, socket.SOCK_STREAM))
abstract.bind("\0nlk-abstract")
abstract.listen(4)

a, b = keep(*socket.socketpair(U, socket.SOCK_STREAM))
a.shutdown(socket.SHUT_WR)

bound = keep(socket.socket(U, socket.SOCK_DGRAM))
bound.bind(os.path.join(d, "dgram.sock"))
named = keep(socket.socket(U, socket.SOCK_DGRAM))
named.bind(b"\0nlk\0dgram")
keep(socket.socket(U, socket.SOCK_DGRAM))
sender = keep(socket.socket(U, socket.SOCK_DGRAM))
sender.connect(os.path.join(d, "dgram.sock"))
sender.send(b"x" * 100)
keep(*socket.socketpair(U, socket.SOCK_DGRAM))

seq = keep(socket.socket(U, socket.SOCK_SEQPACKET))
seq.bind(os.path.join(d, "seq.sock"))
seq.listen(2)
seq_client = keep(socket.socket(U, socket.SOCK_SEQPACKET))
seq_client.connect(os.path.join(d, "seq.sock"))
keep(seq.accept()[0])
keep(*socket.socketpair(U, socket.SOCK_SEQPACKET))

P = socket.AF_PACKET
SOL_PACKET, PACKET_AUXDATA, PACKET_RX_RING, PACKET_FANOUT = 263, 8, 5, 18
raw = keep(socket.socket(P, socket.SOCK_RAW, socket.htons(3)))
raw.bind(("lo", 3))
raw.setsockopt(SOL_PACKET, PACKET_FANOUT, 7 | (1 << 16))
raw.setsockopt(SOL_PACKET, PACKET_AUXDATA, 1)
cooked = keep(socket.socket(P, socket.SOCK_DGRAM, socket.htons(0x0800)))
cooked.bind(("lo", 0x0800))
# SO_ATTACH_FILTER: one instruction, `ret #0xffff`.
program = ctypes.create_string_buffer(struct.pack("HBBI", 6, 0, 0, 0xFFFF))
cooked.setsockopt(socket.SOL_SOCKET, 26, struct.pack("HL", 1, ctypes.addressof(program)))
lldp = keep(socket.socket(P, socket.SOCK_RAW, socket.htons(0x88CC)))
lldp.setsockopt(SOL_PACKET, PACKET_RX_RING, struct.pack("IIII", 4096, 1, 2048, 2))
keep(socket.socket(P, socket.SOCK_DGRAM, 0))
keep(socket.socket(P, socket.SOCK_RAW, socket.htons(0x86DD))).bind(("lo", 0x86DD))

N = socket.AF_NETLINK
route = keep(socket.socket(N, socket.SOCK_RAW, socket.NETLINK_ROUTE))
route.bind((0, 1 | 0x10))
keep(socket.socket(N, socket.SOCK_DGRAM, 16)).bind((0, 0))
keep(socket.socket(N, socket.SOCK_RAW, 4)).bind((0, 0))
keep(socket.socket(N, socket.SOCK_RAW, 15)).bind((0, 1))
keep(socket.socket(N, socket.SOCK_RAW, socket.NETLINK_ROUTE)).connect((0, 0))
keep(socket.socket(N, socket.SOCK_RAW, socket.NETLINK_ROUTE))

# A few inet sockets, for the mixed tables.
tcp = keep(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
tcp.bind(("127.0.0.1", 8080))
tcp.listen(4)
keep(socket.create_connection(("127.0.0.1", 8080)))
keep(tcp.accept()[0])
keep(socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)).bind(("::1", 5353))

print("ready", flush=True)
sys.stdin.read()
