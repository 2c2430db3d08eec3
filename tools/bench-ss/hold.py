"""Opens some of the benchmark's sockets and holds them until stdin closes
(tools/bench-ss.sh starts several: a process may hold fewer than 20,000 descriptors here).

    python3 hold.py udp FIRST COUNT   UDP sockets FIRST..FIRST+COUNT, each on its own
                                      address/port pair (127.0.1.1, .2, ... ports 10000-49999)
    python3 hold.py listen PAIRS      a listener on 127.0.0.1:443 and the PAIRS it accepts
    python3 hold.py connect PAIRS     PAIRS connections to 127.0.0.1:443

Prints "ready" when its sockets are open.
"""
import resource
import socket
import sys
import time

mode = sys.argv[1]
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

held = []
if mode == "udp":
    first, count = int(sys.argv[2]), int(sys.argv[3])
    for i in range(first, first + count):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind((f"127.0.1.{i // 40000 + 1}", 10000 + i % 40000))
        held.append(s)
elif mode == "listen":
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 443))
    listener.listen(4096)
    print("listening", flush=True)
    for _ in range(int(sys.argv[2])):
        held.append(listener.accept()[0])
elif mode == "connect":
    for _ in range(int(sys.argv[2])):
        for attempt in range(100):
            try:
                held.append(socket.create_connection(("127.0.0.1", 443)))
                break
            except ConnectionRefusedError:
                time.sleep(0.1)
else:
    sys.exit(f"hold.py: unknown mode {mode}")

print("ready", flush=True)
sys.stdin.read()
