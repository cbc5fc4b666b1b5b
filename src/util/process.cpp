#include "util/process.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

extern char** environ;

namespace careerlint::process {

Expected<Output> run(const std::vector<std::string>& argv, const std::string& directory,
                     const std::string& input) {
  if (argv.empty()) return Error{{}, {}, "no program to run"};
  int outPipe[2];
  int errPipe[2];
  int inPipe[2] = {-1, -1};
  if (::pipe2(outPipe, O_CLOEXEC) != 0)
    return Error{{}, {}, std::string("cannot run ") + argv[0] + ": " + std::strerror(errno)};
  if (::pipe2(errPipe, O_CLOEXEC) != 0 || (!input.empty() && ::pipe2(inPipe, O_CLOEXEC) != 0)) {
    const std::string reason = std::strerror(errno);
    for (int fd : {outPipe[0], outPipe[1], errPipe[0], errPipe[1]}) ::close(fd);
    return Error{{}, {}, std::string("cannot run ") + argv[0] + ": " + reason};
  }
  // A program that exits before reading all of its input must not kill us with SIGPIPE.
  if (!input.empty()) {
    ::signal(SIGPIPE, SIG_IGN);
    ::fcntl(inPipe[1], F_SETFL, ::fcntl(inPipe[1], F_GETFL) | O_NONBLOCK);
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);
  if (input.empty()) {
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  } else {
    posix_spawn_file_actions_adddup2(&actions, inPipe[0], STDIN_FILENO);
  }
  // posix_spawn has no portable chdir before glibc 2.29's addchdir_np; Debian 12 has it.
  if (!directory.empty()) posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned =
      ::posix_spawnp(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(outPipe[1]);
  ::close(errPipe[1]);
  if (inPipe[0] >= 0) ::close(inPipe[0]);
  if (spawned != 0) {
    ::close(outPipe[0]);
    ::close(errPipe[0]);
    if (inPipe[1] >= 0) ::close(inPipe[1]);
    return Error{{}, {}, "cannot run " + argv[0] + ": " + std::strerror(spawned)};
  }
  Output output;
  // Input is written as the program reads it, while its output is drained: neither side waits
  // on a full pipe.
  pollfd fds[3] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}, {inPipe[1], POLLOUT, 0}};
  std::string* sinks[2] = {&output.out, &output.err};
  std::size_t written = 0;
  int open = 2;
  char buffer[8192];
  while (open > 0) {
    if (::poll(fds, 3, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (fds[2].fd >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t put = ::write(fds[2].fd, input.data() + written, input.size() - written);
      if (put > 0) written += static_cast<std::size_t>(put);
      if ((put < 0 && errno != EINTR && errno != EAGAIN) || written == input.size()) {
        ::close(fds[2].fd);
        fds[2].fd = -1;
      }
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
      if (got > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open;
      }
    }
  }
  if (fds[2].fd >= 0) ::close(fds[2].fd);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  output.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return output;
}

}  // namespace careerlint::process
