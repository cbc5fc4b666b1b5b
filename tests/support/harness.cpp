#include "support/harness.h"

#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace careerlint::testing {

namespace fs = std::filesystem;

const fs::path& sourceDir() {
  static const fs::path dir = CAREERLINT_SOURCE_DIR;
  return dir;
}

fs::path sourcePath(std::string_view relative) { return sourceDir() / relative; }

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string readSourceFile(std::string_view relative) { return readFile(sourcePath(relative)); }

void writeFile(const fs::path& path, std::string_view text) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  EXPECT_TRUE(out.good()) << "cannot write " << path;
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  path_ =
      fs::temp_directory_path() / ("careerlint-" + std::to_string(::getpid()) + "-" +
                                   std::to_string(counter++) + "-" + (test ? test->name() : "x"));
  fs::remove_all(path_);
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  // A test may have taken the permissions away to make the directory unreadable.
  std::error_code ignored;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
  fs::remove_all(path_, ignored);
}

fs::path TempDir::write(std::string_view relative, std::string_view text) const {
  const fs::path file = path_ / relative;
  writeFile(file, text);
  return file;
}

namespace {

void closeIfOpen(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

// "NAME=value" strings: this process's environment with `changes` applied.
std::vector<std::string> environmentWith(
    const std::map<std::string, std::optional<std::string>>& changes) {
  std::vector<std::string> variables;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string_view variable = *entry;
    const std::string name(variable.substr(0, variable.find('=')));
    if (!changes.contains(name)) variables.emplace_back(variable);
  }
  for (const auto& [name, value] : changes) {
    if (value) variables.push_back(name + "=" + *value);
  }
  return variables;
}

std::vector<char*> pointersTo(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (std::string& text : strings) pointers.push_back(text.data());
  pointers.push_back(nullptr);
  return pointers;
}

}  // namespace

RunResult run(const std::vector<std::string>& argvIn, const RunOptions& options) {
  if (argvIn.empty()) throw std::invalid_argument("no program to run");
  std::vector<std::string> argv = argvIn;
  std::vector<char*> argPointers = pointersTo(argv);
  std::vector<std::string> environment = environmentWith(options.environment);
  std::vector<char*> environmentPointers = pointersTo(environment);

  gid_t group = 0;
  if (options.user) {
    const passwd* entry = ::getpwuid(*options.user);
    group = entry ? entry->pw_gid : static_cast<gid_t>(*options.user);
  }

  int in[2], out[2], err[2];
  if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe failed");
  }
  const pid_t child = ::fork();
  if (child < 0) throw std::runtime_error("fork failed");
  if (child == 0) {
    // Only async-signal-safe calls from here on.
    ::dup2(in[0], STDIN_FILENO);
    ::dup2(out[1], STDOUT_FILENO);
    ::dup2(err[1], STDERR_FILENO);
    if (!options.workingDirectory.empty() && ::chdir(options.workingDirectory.c_str()) != 0)
      ::_exit(126);
    if (options.user) {
      if (::setgroups(0, nullptr) != 0 || ::setgid(group) != 0 || ::setuid(*options.user) != 0)
        ::_exit(126);
    }
    ::execvpe(argPointers[0], argPointers.data(), environmentPointers.data());
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  int inFd = in[1], outFd = out[0], errFd = err[0];
  ::fcntl(inFd, F_SETFL, O_NONBLOCK);
  // A child that exits before reading all of its input must not kill the tests.
  ::signal(SIGPIPE, SIG_IGN);

  RunResult result;
  std::size_t inWritten = 0;
  if (options.stdinText.empty()) closeIfOpen(inFd);
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(options.timeoutSeconds);
  while (outFd >= 0 || errFd >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      result.timedOut = true;
      ::kill(child, SIGKILL);
      break;
    }
    pollfd fds[3] = {{outFd, POLLIN, 0}, {errFd, POLLIN, 0}, {inFd, POLLOUT, 0}};
    if (::poll(fds, 3, static_cast<int>(left.count())) < 0 && errno != EINTR) break;
    char buffer[65536];
    for (int i = 0; i < 2; ++i) {
      int& fd = i == 0 ? outFd : errFd;
      if (fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t got = ::read(fd, buffer, sizeof buffer);
      if (got > 0) {
        (i == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        closeIfOpen(fd);
      }
    }
    if (inFd >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t put =
          ::write(inFd, options.stdinText.data() + inWritten, options.stdinText.size() - inWritten);
      if (put > 0) inWritten += static_cast<std::size_t>(put);
      if (put < 0 && errno != EAGAIN && errno != EINTR) closeIfOpen(inFd);
      if (inWritten == options.stdinText.size()) closeIfOpen(inFd);
    }
  }
  closeIfOpen(inFd);
  closeIfOpen(outFd);
  closeIfOpen(errFd);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

RunResult run(const std::vector<std::string>& argv, const fs::path& directory) {
  RunOptions options;
  options.workingDirectory = directory;
  return run(argv, options);
}

RunResult runCareerlint(const std::vector<std::string>& args, const RunOptions& options) {
  std::vector<std::string> argv = {CAREERLINT_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return run(argv, options);
}

RunResult runCareerlint(const std::vector<std::string>& args, const fs::path& directory) {
  RunOptions options;
  options.workingDirectory = directory;
  return runCareerlint(args, options);
}

RunResult runShell(const std::string& command) {
  return run({"/bin/sh", "-c", "exec 2>&1; " + command});
}

std::string shellQuoted(std::string_view text) {
  std::string quoted = "'";
  for (const char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  quoted += '\'';
  return quoted;
}

std::optional<uid_t> unprivilegedUser() {
  const passwd* entry = ::getpwnam("nobody");
  if (!entry || entry->pw_uid == 0) return std::nullopt;
  return entry->pw_uid;
}

GitRepository::GitRepository() {
  git({"init", "-q", "-b", "main"});
  git({"config", "user.email", "editor@example.com"});
  git({"config", "user.name", "Editor"});
  git({"config", "commit.gpgsign", "false"});
}

RunResult GitRepository::git(std::vector<std::string> args) const {
  args.insert(args.begin(), "git");
  RunOptions options;
  options.workingDirectory = path();
  options.environment = environment;
  return run(args, options);
}

void GitRepository::usePreCommitHook(std::string_view hookId) {
  const RunResult head = run({"git", "rev-parse", "HEAD"}, sourceDir());
  ASSERT_EQ(head.exitCode, 0) << "the checkout is not a git repository: " << head.err;
  const std::string rev = head.out.substr(0, head.out.find('\n'));
  write(".pre-commit-config.yaml", "repos:\n  - repo: " + sourceDir().string() +
                                       "\n    rev: " + rev +
                                       "\n    hooks:\n      - id: " + std::string(hookId) + "\n");
  environment["PRE_COMMIT_HOME"] = (path() / ".pre-commit-cache").string();
  environment["CAREERLINT"] = CAREERLINT_BINARY;  // the hook runs the binary under test
  git({"add", ".pre-commit-config.yaml"});
  git({"commit", "-q", "-m", "configure pre-commit"});
  RunOptions options;
  options.workingDirectory = path();
  options.environment = environment;
  const RunResult install = run({"pre-commit", "install"}, options);
  ASSERT_EQ(install.exitCode, 0) << install.out << install.err;
}

}  // namespace careerlint::testing
