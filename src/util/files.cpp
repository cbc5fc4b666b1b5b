#include "util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <random>

namespace careerlint::files {

namespace {

std::string describeErrno(int error) { return std::strerror(error); }

std::string humanBytes(std::uint64_t bytes) {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
    return std::to_string(bytes / (1024 * 1024)) + " MiB";
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KiB";
  return std::to_string(bytes) + " bytes";
}

Error fileError(const std::string& path, std::string message) {
  return Error{path, {}, std::move(message)};
}

Expected<std::string> readStream(int fd, const std::string& path, std::uint64_t maxBytes) {
  std::string data;
  char buffer[65536];
  while (true) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      return fileError(path, "cannot read: " + describeErrno(errno));
    }
    if (got == 0) break;
    if (data.size() + static_cast<std::uint64_t>(got) > maxBytes) {
      return fileError(
          path, "file is larger than the limit of " + humanBytes(maxBytes) + " (--max-file-size)");
    }
    data.append(buffer, static_cast<std::size_t>(got));
  }
  return data;
}

}  // namespace

Expected<std::string> readFile(const std::string& path, std::uint64_t maxBytes) {
  if (path == "-") return readStream(STDIN_FILENO, "<stdin>", maxBytes);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT) return fileError(path, "no such file");
    if (error == EACCES) return fileError(path, "cannot read: permission denied");
    if (error == ELOOP) return fileError(path, "cannot read: too many levels of symbolic links");
    return fileError(path, "cannot read: " + describeErrno(error));
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    const int error = errno;
    ::close(fd);
    return fileError(path, "cannot read: " + describeErrno(error));
  }
  if (S_ISDIR(info.st_mode)) {
    ::close(fd);
    return fileError(path, "is a directory, not a file");
  }
  if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > maxBytes) {
    ::close(fd);
    return fileError(path, "file is " + std::to_string(info.st_size) +
                               " bytes, larger than the limit of " + humanBytes(maxBytes) +
                               " (--max-file-size)");
  }
  auto result = readStream(fd, path, maxBytes);
  ::close(fd);
  return result;
}

Expected<Ok> writeFileAtomically(const std::filesystem::path& target, std::string_view contents,
                                 const AtomicWriteOptions& options) {
  const std::string targetName = target.string();
  if (options.verify) {
    if (auto problem = options.verify(contents)) {
      return fileError(targetName,
                       "not written: the new contents do not read back (" + *problem + ")");
    }
  }
  std::filesystem::path directory = target.parent_path();
  if (directory.empty()) directory = ".";

  mode_t mode = 0644;
  struct stat existing {};
  if (::stat(targetName.c_str(), &existing) == 0) {
    if (S_ISDIR(existing.st_mode)) return fileError(targetName, "is a directory, not a file");
    mode = existing.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }

  std::random_device random;
  std::string tempName;
  int fd = -1;
  for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
    tempName = (directory / ("." + target.filename().string() + ".careerlint-" +
                             std::to_string(random()) + ".tmp"))
                   .string();
    fd = ::open(tempName.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) return fileError(targetName, "cannot write: " + describeErrno(errno));

  auto fail = [&](std::string message) -> Expected<Ok> {
    ::close(fd);
    ::unlink(tempName.c_str());
    return fileError(targetName, std::move(message));
  };

  std::size_t written = 0;
  while (written < contents.size()) {
    std::size_t chunk = contents.size() - written;
    if (options.failAfterBytesForTesting) {
      if (written >= *options.failAfterBytesForTesting)
        return fail("cannot write: No space left on device");
      chunk = std::min(chunk, *options.failAfterBytesForTesting - written);
    }
    const ssize_t put = ::write(fd, contents.data() + written, chunk);
    if (put < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write: " + describeErrno(errno));
    }
    written += static_cast<std::size_t>(put);
  }
  if (::fchmod(fd, mode) != 0) return fail("cannot set permissions: " + describeErrno(errno));
  if (::fsync(fd) != 0) return fail("cannot write: " + describeErrno(errno));
  if (::close(fd) != 0) {
    ::unlink(tempName.c_str());
    return fileError(targetName, "cannot write: " + describeErrno(errno));
  }
  if (::rename(tempName.c_str(), targetName.c_str()) != 0) {
    const int error = errno;
    ::unlink(tempName.c_str());
    return fileError(targetName, "cannot write: " + describeErrno(error));
  }
  // Make the rename itself durable.
  const int dirFd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    ::fsync(dirFd);
    ::close(dirFd);
  }
  return Ok{};
}

std::error_code walkContentTree(
    const std::filesystem::path& root,
    const std::function<void(const std::filesystem::directory_entry&)>& visit) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  for (fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::error_code entryError;
    if (it->is_directory(entryError)) {
      if (name.starts_with('.') || name == "node_modules") it.disable_recursion_pending();
      continue;
    }
    if (name.starts_with('.') || name.starts_with('_')) continue;
    visit(*it);
  }
  return ec;
}

}  // namespace careerlint::files
