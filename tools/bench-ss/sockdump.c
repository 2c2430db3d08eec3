/* sockdump: the C yardstick of tools/bench-ss.sh: one NETLINK_SOCK_DIAG dump of inet
 * sockets, as fast as the kernel hands it out. The replies are counted, not parsed.
 *
 *   sockdump [-f 4|6|0] [-p PROTO] [-s STATES] [-e EXT] [-b BYTECODE_HEX]
 *
 * -f 0 dumps both families (two requests, as ss does); STATES and EXT are the masks of
 * struct inet_diag_req_v2 (hex or decimal); BYTECODE_HEX is an INET_DIAG_REQ_BYTECODE
 * program. Prints "<sockets> sockets <bytes> bytes". Build: gcc -O2 -o sockdump sockdump.c
 */
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned char bytecode[4096];
static size_t bytecode_len;

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static void read_bytecode(const char *hex)
{
	size_t n = strlen(hex) / 2;
	if (n > sizeof(bytecode)) {
		fprintf(stderr, "sockdump: bytecode too long\n");
		exit(2);
	}
	for (size_t i = 0; i < n; i++) {
		int hi = hex_value(hex[2 * i]), lo = hex_value(hex[2 * i + 1]);
		if (hi < 0 || lo < 0) {
			fprintf(stderr, "sockdump: bad hex\n");
			exit(2);
		}
		bytecode[i] = (unsigned char)(hi << 4 | lo);
	}
	bytecode_len = n;
}

static int dump(int fd, int family, int proto, unsigned states, unsigned ext,
		unsigned long *sockets, unsigned long *bytes)
{
	struct {
		struct nlmsghdr nh;
		struct inet_diag_req_v2 req;
		struct nlattr bc;
		unsigned char prog[sizeof(bytecode)];
	} msg;
	static char buf[65536];
	memset(&msg, 0, sizeof(msg));
	size_t len = NLMSG_LENGTH(sizeof(msg.req));
	msg.nh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	msg.nh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	msg.nh.nlmsg_seq = 1;
	msg.req.sdiag_family = family;
	msg.req.sdiag_protocol = proto;
	msg.req.idiag_states = states;
	msg.req.idiag_ext = ext;
	if (bytecode_len) {
		msg.bc.nla_type = INET_DIAG_REQ_BYTECODE;
		msg.bc.nla_len = NLA_HDRLEN + bytecode_len;
		memcpy(msg.prog, bytecode, bytecode_len);
		len += NLA_ALIGN(msg.bc.nla_len);
	}
	msg.nh.nlmsg_len = len;
	if (send(fd, &msg, len, 0) < 0)
		return -1;
	for (;;) {
		ssize_t n = recv(fd, buf, sizeof(buf), 0);
		if (n < 0)
			return -1;
		*bytes += n;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_DONE)
				return 0;
			if (h->nlmsg_type == NLMSG_ERROR) {
				errno = -((struct nlmsgerr *)NLMSG_DATA(h))->error;
				return -1;
			}
			(*sockets)++;
		}
	}
}

int main(int argc, char **argv)
{
	int family = 0, proto = IPPROTO_TCP, c;
	unsigned states = 0xfff, ext = 0; /* every state, as ss -a asks */
	while ((c = getopt(argc, argv, "f:p:s:e:b:")) != -1) {
		switch (c) {
		case 'f': family = atoi(optarg); break;
		case 'p': proto = atoi(optarg); break;
		case 's': states = strtoul(optarg, NULL, 0); break;
		case 'e': ext = strtoul(optarg, NULL, 0); break;
		case 'b': read_bytecode(optarg); break;
		default: return 2;
		}
	}
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	if (fd < 0) {
		perror("socket");
		return 1;
	}
	int rcvbuf = 1 << 20;
	setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));
	unsigned long sockets = 0, bytes = 0;
	if ((family == 0 || family == 4) && dump(fd, AF_INET, proto, states, ext, &sockets, &bytes) < 0) {
		perror("dump");
		return 1;
	}
	if ((family == 0 || family == 6) && dump(fd, AF_INET6, proto, states, ext, &sockets, &bytes) < 0) {
		perror("dump");
		return 1;
	}
	printf("%lu sockets %lu bytes\n", sockets, bytes);
	return 0;
}
