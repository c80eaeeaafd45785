/* Power-cut recorder, loaded with LD_PRELOAD into a process under test.
 *
 * Every call that changes a file or a directory entry under CUTSHIM_ROOT is
 * passed on to libc and, once it has succeeded, appended to the trace file
 * CUTSHIM_TRACE: opens, writes (with their bytes and offsets), truncations,
 * fsync/fdatasync (of files and of directories), renames, unlinks, mkdirs,
 * closes, and marks the program under test makes through cutshim_mark().
 * From the trace, the test rebuilds what a power cut after any call would
 * leave on disk.
 *
 * Calls that change file contents in a way the trace cannot replay
 * (writev, sendfile, copy_file_range, fallocate, shared writable mmap) are
 * recorded as 'X' so that the replay refuses the trace instead of trusting
 * it. SQLite's -shm files are skipped: their contents are rebuilt from the
 * WAL after a power cut, so they are not part of what must survive.
 *
 * Record: u8 kind, i32 fd, i64 a, i64 b, u32 path length, path, u32 data
 * length, data (little-endian, native layout).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#define MAX_FD 65536

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int trace_fd = -1;
static pid_t owner;
static char root[PATH_MAX];
static size_t root_len;
static unsigned char tracked[MAX_FD];
static unsigned char appending[MAX_FD];

#define REAL(ret, name, ...) \
    static ret (*real_##name)(__VA_ARGS__); \
    if (!real_##name) real_##name = (ret (*)(__VA_ARGS__))dlsym(RTLD_NEXT, #name)

static ssize_t raw_write(int fd, const void *buf, size_t len) {
    static ssize_t (*w)(int, const void *, size_t);
    if (!w) w = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    const char *p = buf;
    while (len > 0) {
        ssize_t n = w(fd, p, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            abort(); /* a trace with a hole in it must not pass for a whole one */
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

__attribute__((constructor)) static void init(void) {
    const char *r = getenv("CUTSHIM_ROOT"), *t = getenv("CUTSHIM_TRACE");
    if (!r || !t) return;
    snprintf(root, sizeof root, "%s/", r);
    root_len = strlen(root);
    int (*o)(const char *, int, ...) = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
    trace_fd = o(t, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    owner = getpid();
}

static int active(void) { return trace_fd >= 0 && getpid() == owner; }

static void emit(char kind, int fd, int64_t a, int64_t b, const char *path, size_t plen,
                 const void *data, size_t dlen) {
    unsigned char head[1 + 4 + 8 + 8 + 4];
    int32_t fd32 = fd;
    uint32_t pl = (uint32_t)plen, dl = (uint32_t)dlen;
    head[0] = (unsigned char)kind;
    memcpy(head + 1, &fd32, 4);
    memcpy(head + 5, &a, 8);
    memcpy(head + 13, &b, 8);
    memcpy(head + 21, &pl, 4);
    raw_write(trace_fd, head, sizeof head);
    if (plen) raw_write(trace_fd, path, plen);
    raw_write(trace_fd, &dl, 4);
    if (dlen) raw_write(trace_fd, data, dlen);
}

/* Absolute form of (dirfd, path) into out; 0 when it cannot be told. */
static int resolve(int dirfd, const char *path, char *out) {
    char base[PATH_MAX];
    if (!path) return 0;
    if (path[0] == '/') {
        snprintf(out, PATH_MAX, "%s", path);
        return 1;
    }
    if (dirfd == AT_FDCWD) {
        if (!getcwd(base, sizeof base)) return 0;
    } else {
        char link[64];
        snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
        ssize_t n = readlink(link, base, sizeof base - 1);
        if (n < 0) return 0;
        base[n] = 0;
    }
    snprintf(out, PATH_MAX, "%s/%s", base, path);
    return 1;
}

static int under_root(const char *abs) {
    size_t n = strlen(abs);
    if (n >= 4 && strcmp(abs + n - 4, "-shm") == 0) return 0;
    /* The root itself too: fsyncing it makes the entries made in it durable. */
    return strncmp(abs, root, root_len) == 0 || (n == root_len - 1 && strncmp(abs, root, n) == 0);
}

static void opened(int fd, int dirfd, const char *path, int flags) {
    char abs[PATH_MAX];
    if (fd < 0 || fd >= MAX_FD || !active()) return;
    tracked[fd] = 0;
    if (!resolve(dirfd, path, abs) || !under_root(abs)) return;
    struct stat st;
    int is_dir = fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
    tracked[fd] = 1;
    appending[fd] = (flags & O_APPEND) != 0;
    emit('O', fd, flags, is_dir, abs, strlen(abs), NULL, 0);
}

static int open_mode_wanted(int flags) { return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE; }

/* open, open64, openat, openat64: the mode argument is there only with
 * O_CREAT or O_TMPFILE. */
#define OPEN_CALL(name, PARAMS, TYPES, ARGS, DIRFD)                        \
    int name PARAMS {                                                      \
        mode_t mode = 0;                                                   \
        if (open_mode_wanted(flags)) {                                     \
            va_list ap;                                                    \
            va_start(ap, flags);                                           \
            mode = va_arg(ap, mode_t);                                     \
            va_end(ap);                                                    \
        }                                                                  \
        static int (*real_##name) TYPES;                                   \
        if (!real_##name) real_##name = (int (*) TYPES)dlsym(RTLD_NEXT, #name); \
        pthread_mutex_lock(&mu);                                           \
        int fd = real_##name ARGS;                                         \
        int saved = errno;                                                 \
        opened(fd, DIRFD, path, flags);                                    \
        pthread_mutex_unlock(&mu);                                         \
        errno = saved;                                                     \
        return fd;                                                         \
    }
OPEN_CALL(open, (const char *path, int flags, ...), (const char *, int, ...), (path, flags, mode), AT_FDCWD)
OPEN_CALL(open64, (const char *path, int flags, ...), (const char *, int, ...), (path, flags, mode), AT_FDCWD)
OPEN_CALL(openat, (int dirfd, const char *path, int flags, ...), (int, const char *, int, ...),
          (dirfd, path, flags, mode), dirfd)
OPEN_CALL(openat64, (int dirfd, const char *path, int flags, ...), (int, const char *, int, ...),
          (dirfd, path, flags, mode), dirfd)

static int is_tracked(int fd) { return fd >= 0 && fd < MAX_FD && tracked[fd] && active(); }

ssize_t write(int fd, const void *buf, size_t len) {
    REAL(ssize_t, write, int, const void *, size_t);
    if (!is_tracked(fd)) return real_write(fd, buf, len);
    pthread_mutex_lock(&mu);
    off_t at = appending[fd] ? lseek(fd, 0, SEEK_END) : lseek(fd, 0, SEEK_CUR);
    ssize_t n = real_write(fd, buf, len);
    int saved = errno;
    if (n > 0) emit('W', fd, at, 0, NULL, 0, buf, (size_t)n);
    pthread_mutex_unlock(&mu);
    errno = saved;
    return n;
}

#define PWRITE_LIKE(name)                                                  \
    ssize_t name(int fd, const void *buf, size_t len, off_t at) {          \
        REAL(ssize_t, name, int, const void *, size_t, off_t);             \
        if (!is_tracked(fd)) return real_##name(fd, buf, len, at);         \
        pthread_mutex_lock(&mu);                                           \
        ssize_t n = real_##name(fd, buf, len, at);                         \
        int saved = errno;                                                 \
        if (n > 0) emit('W', fd, at, 0, NULL, 0, buf, (size_t)n);          \
        pthread_mutex_unlock(&mu);                                         \
        errno = saved;                                                     \
        return n;                                                          \
    }
PWRITE_LIKE(pwrite)
PWRITE_LIKE(pwrite64)

#define TRUNCATE_LIKE(name)                                                \
    int name(int fd, off_t len) {                                          \
        REAL(int, name, int, off_t);                                       \
        if (!is_tracked(fd)) return real_##name(fd, len);                  \
        pthread_mutex_lock(&mu);                                           \
        int rc = real_##name(fd, len);                                     \
        int saved = errno;                                                 \
        if (rc == 0) emit('T', fd, len, 0, NULL, 0, NULL, 0);              \
        pthread_mutex_unlock(&mu);                                         \
        errno = saved;                                                     \
        return rc;                                                         \
    }
TRUNCATE_LIKE(ftruncate)
TRUNCATE_LIKE(ftruncate64)

#define SYNC_LIKE(name)                                                    \
    int name(int fd) {                                                     \
        REAL(int, name, int);                                              \
        if (!is_tracked(fd)) return real_##name(fd);                       \
        pthread_mutex_lock(&mu);                                           \
        int rc = real_##name(fd);                                          \
        int saved = errno;                                                 \
        if (rc == 0) emit('S', fd, 0, 0, NULL, 0, NULL, 0);                \
        pthread_mutex_unlock(&mu);                                         \
        errno = saved;                                                     \
        return rc;                                                         \
    }
SYNC_LIKE(fsync)
SYNC_LIKE(fdatasync)

int close(int fd) {
    REAL(int, close, int);
    if (!is_tracked(fd)) return real_close(fd);
    pthread_mutex_lock(&mu);
    tracked[fd] = 0;
    int rc = real_close(fd);
    int saved = errno;
    emit('C', fd, 0, 0, NULL, 0, NULL, 0);
    pthread_mutex_unlock(&mu);
    errno = saved;
    return rc;
}

/* Two paths in one record: "old\0new". */
static void renamed(int olddir, const char *old, int newdir, const char *new_) {
    char a[PATH_MAX], b[PATH_MAX], both[2 * PATH_MAX];
    if (!active() || !resolve(olddir, old, a) || !resolve(newdir, new_, b)) return;
    if (!under_root(a) && !under_root(b)) return;
    size_t la = strlen(a), lb = strlen(b);
    memcpy(both, a, la + 1);
    memcpy(both + la + 1, b, lb);
    emit('R', -1, under_root(a), under_root(b), both, la + 1 + lb, NULL, 0);
}

int rename(const char *old, const char *new_) {
    REAL(int, rename, const char *, const char *);
    pthread_mutex_lock(&mu);
    int rc = real_rename(old, new_);
    int saved = errno;
    if (rc == 0) renamed(AT_FDCWD, old, AT_FDCWD, new_);
    pthread_mutex_unlock(&mu);
    errno = saved;
    return rc;
}

int renameat(int olddir, const char *old, int newdir, const char *new_) {
    REAL(int, renameat, int, const char *, int, const char *);
    pthread_mutex_lock(&mu);
    int rc = real_renameat(olddir, old, newdir, new_);
    int saved = errno;
    if (rc == 0) renamed(olddir, old, newdir, new_);
    pthread_mutex_unlock(&mu);
    errno = saved;
    return rc;
}

int renameat2(int olddir, const char *old, int newdir, const char *new_, unsigned int flags) {
    REAL(int, renameat2, int, const char *, int, const char *, unsigned int);
    pthread_mutex_lock(&mu);
    int rc = real_renameat2(olddir, old, newdir, new_, flags);
    int saved = errno;
    if (rc == 0) {
        if (flags & ~1u) emit('X', -1, 0, 0, "renameat2", 9, NULL, 0); /* only NOREPLACE replays */
        renamed(olddir, old, newdir, new_);
    }
    pthread_mutex_unlock(&mu);
    errno = saved;
    return rc;
}

static void path_event(char kind, int dirfd, const char *path) {
    char abs[PATH_MAX];
    if (active() && resolve(dirfd, path, abs) && under_root(abs)) emit(kind, -1, 0, 0, abs, strlen(abs), NULL, 0);
}

/* unlink, rmdir, mkdir and their *at forms: one path, logged on success. */
#define PATH_CALL(name, kind, TYPES, PARAMS, ARGS, DIRFD)                 \
    int name PARAMS {                                                      \
        static int (*real_##name) TYPES;                                   \
        if (!real_##name) real_##name = (int (*) TYPES)dlsym(RTLD_NEXT, #name); \
        pthread_mutex_lock(&mu);                                           \
        int rc = real_##name ARGS;                                         \
        int saved = errno;                                                 \
        if (rc == 0) path_event(kind, DIRFD, path);                        \
        pthread_mutex_unlock(&mu);                                         \
        errno = saved;                                                     \
        return rc;                                                         \
    }
PATH_CALL(unlink, 'U', (const char *), (const char *path), (path), AT_FDCWD)
PATH_CALL(unlinkat, 'U', (int, const char *, int), (int dirfd, const char *path, int flags), (dirfd, path, flags),
          dirfd)
PATH_CALL(rmdir, 'U', (const char *), (const char *path), (path), AT_FDCWD)
PATH_CALL(mkdir, 'D', (const char *, mode_t), (const char *path, mode_t mode), (path, mode), AT_FDCWD)
PATH_CALL(mkdirat, 'D', (int, const char *, mode_t), (int dirfd, const char *path, mode_t mode), (dirfd, path, mode),
          dirfd)

/* Calls the replay cannot model: recorded so that it refuses the trace. */
static void unmodelled(int fd, const char *what) {
    if (is_tracked(fd)) {
        pthread_mutex_lock(&mu);
        emit('X', fd, 0, 0, what, strlen(what), NULL, 0);
        pthread_mutex_unlock(&mu);
    }
}

ssize_t writev(int fd, const struct iovec *iov, int n) {
    REAL(ssize_t, writev, int, const struct iovec *, int);
    unmodelled(fd, "writev");
    return real_writev(fd, iov, n);
}

ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t at) {
    REAL(ssize_t, pwritev, int, const struct iovec *, int, off_t);
    unmodelled(fd, "pwritev");
    return real_pwritev(fd, iov, n, at);
}

ssize_t sendfile(int out, int in, off_t *at, size_t n) {
    REAL(ssize_t, sendfile, int, int, off_t *, size_t);
    unmodelled(out, "sendfile");
    return real_sendfile(out, in, at, n);
}

ssize_t sendfile64(int out, int in, off_t *at, size_t n) {
    REAL(ssize_t, sendfile64, int, int, off_t *, size_t);
    unmodelled(out, "sendfile");
    return real_sendfile64(out, in, at, n);
}

ssize_t copy_file_range(int in, off_t *ai, int out, off_t *ao, size_t n, unsigned int flags) {
    REAL(ssize_t, copy_file_range, int, off_t *, int, off_t *, size_t, unsigned int);
    unmodelled(out, "copy_file_range");
    return real_copy_file_range(in, ai, out, ao, n, flags);
}

int fallocate(int fd, int mode, off_t at, off_t len) {
    REAL(int, fallocate, int, int, off_t, off_t);
    unmodelled(fd, "fallocate");
    return real_fallocate(fd, mode, at, len);
}

int posix_fallocate(int fd, off_t at, off_t len) {
    REAL(int, posix_fallocate, int, off_t, off_t);
    unmodelled(fd, "posix_fallocate");
    return real_posix_fallocate(fd, at, len);
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t at) {
    REAL(void *, mmap, void *, size_t, int, int, int, off_t);
    if ((prot & PROT_WRITE) && (flags & MAP_SHARED)) unmodelled(fd, "mmap");
    return real_mmap(addr, len, prot, flags, fd, at);
}

void *mmap64(void *addr, size_t len, int prot, int flags, int fd, off_t at) {
    REAL(void *, mmap64, void *, size_t, int, int, int, off_t);
    if ((prot & PROT_WRITE) && (flags & MAP_SHARED)) unmodelled(fd, "mmap");
    return real_mmap64(addr, len, prot, flags, fd, at);
}

/* The program under test says what it has just acknowledged. */
void cutshim_mark(const char *text) {
    if (!active()) return;
    pthread_mutex_lock(&mu);
    emit('M', -1, 0, 0, NULL, 0, text, strlen(text));
    pthread_mutex_unlock(&mu);
}
