#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>

namespace careerlint::cli {

// Whether a run may show its progress: on a terminal only, never when CI is set (a CI log keeps
// every carriage return), never when standard error is a file or a pipe.
bool progressWanted(bool errIsTerminal, const char* ciVariable);

// "careerlint: checked 1200 of 10000 files" on one line of standard error, redrawn in place, for
// runs that last: nothing in the first second (most runs end before), then at most ten times a
// second; the line is erased when the run ends, so the report starts on a clean line.
class Progress {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::milliseconds kDelay{1000};
  static constexpr std::chrono::milliseconds kInterval{100};

  Progress(std::ostream& out, bool enabled, Clock::time_point start = Clock::now());
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // From any thread: `done` of `total` files are checked.
  void update(std::size_t done, std::size_t total, Clock::time_point now = Clock::now());
  // Erases the line, if one was drawn.
  void finish();

 private:
  std::ostream& out_;
  const bool enabled_;
  const Clock::time_point start_;
  std::mutex mutex_;
  Clock::time_point lastDrawn_{};
  std::size_t width_ = 0;  // of the line drawn last; 0: nothing drawn
};

}  // namespace careerlint::cli
