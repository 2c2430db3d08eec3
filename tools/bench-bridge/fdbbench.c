// The C yardstick of tools/bench-bridge.sh: the kernel's limit for bridge FDB workloads.
//
//   fdbbench add FILE IFINDEX   adds one AF_BRIDGE neighbour (NTF_SELF, permanent) per line
//                               "MAC IPV4" of FILE on device IFINDEX (a VXLAN device: the
//                               address is the remote VTEP): many RTM_NEWNEIGH per sendmsg,
//                               no ACK asked (the kernel still reports errors), then one
//                               NOOP with an ACK as a barrier; prints the count and errors.
//   fdbbench dump               dumps the AF_BRIDGE neighbours and counts them (nothing is
//                               parsed or printed).
//
// Build: gcc -O2 -o fdbbench fdbbench.c (tools/bench-bridge.sh does).
#include <arpa/inet.h>
#include <errno.h>
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef AF_BRIDGE
#define AF_BRIDGE 7
#endif

static void die(const char *what) {
	perror(what);
	exit(2);
}

static int nl_open(void) {
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	if (fd < 0)
		die("socket");
	int big = 32 << 20;
	setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &big, sizeof big);
	setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &big, sizeof big);
	struct sockaddr_nl sa = {.nl_family = AF_NETLINK};
	if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
		die("bind");
	return fd;
}

static char *attr(char *p, unsigned short type, const void *data, unsigned short len) {
	struct rtattr *a = (struct rtattr *)p;
	a->rta_type = type;
	a->rta_len = RTA_LENGTH(len);
	memcpy(RTA_DATA(a), data, len);
	return p + RTA_SPACE(len);
}

// Reads what is queued (errors of failed messages); with `barrier`, until its ACK.
static long drain(int fd, unsigned barrier, int wait) {
	static char buf[1 << 16];
	long errors = 0;
	for (;;) {
		ssize_t n = recv(fd, buf, sizeof buf, wait ? 0 : MSG_DONTWAIT);
		if (n < 0) {
			if (errno == EAGAIN || errno == EINTR)
				return errors;
			die("recv");
		}
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)n);
		     h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type != NLMSG_ERROR)
				continue;
			struct nlmsgerr *e = NLMSG_DATA(h);
			if (e->error)
				errors++;
			else if (wait && h->nlmsg_seq == barrier)
				return errors;
		}
	}
}

static int add(const char *file, int ifindex) {
	FILE *f = fopen(file, "r");
	if (!f)
		die(file);
	int fd = nl_open();
	static char out[1 << 16];
	char *w = out;
	unsigned seq = 0;
	long count = 0, errors = 0;
	unsigned mac[6];
	char ip[64];
	while (fscanf(f, "%x:%x:%x:%x:%x:%x %63s", &mac[0], &mac[1], &mac[2], &mac[3],
		      &mac[4], &mac[5], ip) == 7) {
		size_t need = NLMSG_SPACE(sizeof(struct ndmsg)) + RTA_SPACE(6) + RTA_SPACE(4);
		if (w + need > out + sizeof out) {
			if (send(fd, out, w - out, 0) < 0)
				die("send");
			w = out;
			errors += drain(fd, 0, 0);
		}
		struct nlmsghdr *h = (struct nlmsghdr *)w;
		memset(h, 0, NLMSG_SPACE(sizeof(struct ndmsg)));
		h->nlmsg_type = RTM_NEWNEIGH;
		h->nlmsg_flags = NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL;
		h->nlmsg_seq = ++seq;
		struct ndmsg *nd = NLMSG_DATA(h);
		nd->ndm_family = AF_BRIDGE;
		nd->ndm_ifindex = ifindex;
		nd->ndm_state = NUD_NOARP | NUD_PERMANENT;
		nd->ndm_flags = NTF_SELF;
		char *p = w + NLMSG_SPACE(sizeof(struct ndmsg));
		unsigned char lladdr[6];
		for (int i = 0; i < 6; i++)
			lladdr[i] = mac[i];
		p = attr(p, NDA_LLADDR, lladdr, 6);
		struct in_addr dst;
		if (inet_pton(AF_INET, ip, &dst) != 1)
			die("address");
		p = attr(p, NDA_DST, &dst, 4);
		h->nlmsg_len = p - w;
		w = p;
		count++;
	}
	struct nlmsghdr *h = (struct nlmsghdr *)w;
	memset(h, 0, sizeof *h);
	h->nlmsg_len = NLMSG_LENGTH(0);
	h->nlmsg_type = NLMSG_NOOP;
	h->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	h->nlmsg_seq = ++seq;
	w += NLMSG_SPACE(0);
	if (send(fd, out, w - out, 0) < 0)
		die("send");
	errors += drain(fd, seq, 1);
	printf("%ld entries, %ld errors\n", count, errors);
	return errors != 0;
}

static int dump(void) {
	int fd = nl_open();
	struct {
		struct nlmsghdr h;
		struct ndmsg nd;
	} req = {
		.h = {.nlmsg_len = sizeof req, .nlmsg_type = RTM_GETNEIGH,
		      .nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP, .nlmsg_seq = 1},
		.nd = {.ndm_family = AF_BRIDGE},
	};
	if (send(fd, &req, sizeof req, 0) < 0)
		die("send");
	static char buf[1 << 16];
	long count = 0, bytes = 0;
	for (;;) {
		ssize_t n = recv(fd, buf, sizeof buf, 0);
		if (n < 0)
			die("recv");
		bytes += n;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)n);
		     h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_DONE) {
				printf("%ld entries %ld bytes\n", count, bytes);
				return 0;
			}
			if (h->nlmsg_type == NLMSG_ERROR)
				die("dump");
			count++;
		}
	}
}

int main(int argc, char **argv) {
	if (argc == 4 && strcmp(argv[1], "add") == 0)
		return add(argv[2], atoi(argv[3]));
	if (argc == 2 && strcmp(argv[1], "dump") == 0)
		return dump();
	fprintf(stderr, "usage: fdbbench add FILE IFINDEX | fdbbench dump\n");
	return 2;
}
