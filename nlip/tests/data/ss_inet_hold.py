"""Opens the sockets of compat_ss_inet.rs in the current network namespace and holds them
until stdin closes; prints "ready" when they are in their states. With `udp FIRST COUNT`
it holds that many UDP sockets instead.

TCP over IPv4 and IPv6: listeners (one v6only, one of uid 65534, one bound to lo),
established pairs with data queued (bbr, cubic and reno; one with a mark, TOS, keepalive),
a syn-recv request socket (TCP_DEFER_ACCEPT), a time-wait socket, a
close-wait/fin-wait-2 pair (the peer closed), a syn-sent socket (to
an address routed into lo, where nothing answers); UDP bound, connected and bound to a
device; a raw ICMP socket; an MPTCP listener and connection when the kernel has MPTCP.
"""
import os
import resource
import socket
import sys
import time

held = []

if len(sys.argv) == 4 and sys.argv[1] == "udp":
    # `udp FIRST COUNT`: UDP sockets FIRST..FIRST+COUNT, each on its own address and port
    # (127.0.1.1, .2, ..., ports 10000-49999), for the tables of many sockets.
    first, count = int(sys.argv[2]), int(sys.argv[3])
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    for i in range(first, first + count):
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        u.bind((f"127.0.1.{i // 40000 + 1}", 10000 + i % 40000))
        held.append(u)
    print("ready", flush=True)
    sys.stdin.read()
    sys.exit(0)


def listener(family, addr, port, v6only=None):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, v6only)
    s.bind((addr, port))
    s.listen(16)
    held.append(s)
    return s


def pair(family, lst, addr, port):
    c = socket.socket(family, socket.SOCK_STREAM)
    c.connect((addr, port))
    a = lst.accept()[0]
    held.extend([c, a])
    return c, a


l4 = listener(socket.AF_INET, "127.0.0.1", 8080)
l6 = listener(socket.AF_INET6, "::1", 8443, v6only=1)
listener(socket.AF_INET6, "::", 22)
listener(socket.AF_INET, "0.0.0.0", 80)
c, a = pair(socket.AF_INET, l4, "127.0.0.1", 8080)
c.send(b"x" * 1000)
c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
c6, a6 = pair(socket.AF_INET6, l6, "::1", 8443)
a6.send(b"y" * 300)
# close-wait: the peer closes, our side stays open.
cw, aw = pair(socket.AF_INET, l4, "127.0.0.1", 8080)
held.remove(aw)
aw.close()
# time-wait: the client closes first.
tw, at = pair(socket.AF_INET, l4, "127.0.0.1", 8080)
held.remove(tw)
tw.close()
time.sleep(0.05)
held.remove(at)
at.close()
# syn-sent towards a blackholed address.
ss = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
ss.setblocking(False)
try:
    ss.connect(("10.99.0.1", 5555))
except BlockingIOError:
    pass
held.append(ss)
# UDP.
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("0.0.0.0", 53))
held.append(u)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(("127.0.0.1", 5001))
u2.connect(("127.0.0.1", 53))
held.append(u2)
u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u6.bind(("::", 123))
held.append(u6)
ud = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
ud.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, b"lo")
ud.bind(("0.0.0.0", 6000))
held.append(ud)
try:
    r = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    held.append(r)
except OSError:
    pass
# uid 65534 owns a listener; a mark on a connection; a listener bound to lo.
os.seteuid(65534)
listener(socket.AF_INET, "127.0.0.1", 9090)
os.seteuid(0)
c.setsockopt(socket.SOL_SOCKET, socket.SO_MARK, 0x2a)
lb = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
lb.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, b"lo")
lb.bind(("::", 7070))
lb.listen(4)
held.append(lb)
uc6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
uc6.connect(("::1", 123))
held.append(uc6)
# syn-recv: a listener deferring accept keeps the handshake's request socket.
ld = listener(socket.AF_INET, "127.0.0.1", 8082)
ld.setsockopt(socket.IPPROTO_TCP, socket.TCP_DEFER_ACCEPT, 30)
cd = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cd.connect(("127.0.0.1", 8082))
held.append(cd)
# Other congestion controls (cubic, reno), TOS, traffic class and priority.
lc = listener(socket.AF_INET, "127.0.0.1", 8081)
lc.setsockopt(socket.IPPROTO_TCP, socket.TCP_CONGESTION, b"reno")
cc = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cc.setsockopt(socket.IPPROTO_TCP, socket.TCP_CONGESTION, b"cubic")
cc.connect(("127.0.0.1", 8081))
held.extend([cc, lc.accept()[0]])
cc.send(b"c" * 5000)
c.setsockopt(socket.IPPROTO_IP, socket.IP_TOS, 0x10)
c6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_TCLASS, 0x20)
u.setsockopt(socket.SOL_SOCKET, socket.SO_PRIORITY, 3)
# MPTCP, when the kernel has it.
try:
    ml = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)
    ml.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ml.bind(("127.0.0.1", 8000))
    ml.listen(4)
    held.append(ml)
    mc = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)
    mc.connect(("127.0.0.1", 8000))
    held.extend([mc, ml.accept()[0]])
    mc.send(b"z" * 10)
except OSError:
    pass
time.sleep(0.2)
print("ready", flush=True)
sys.stdin.read()
