#include "cli/progress.h"

#include <string>

namespace careerlint::cli {

bool progressWanted(bool errIsTerminal, const char* ciVariable) {
  return errIsTerminal && (ciVariable == nullptr || *ciVariable == '\0');
}

Progress::Progress(std::ostream& out, bool enabled, Clock::time_point start)
    : out_(out), enabled_(enabled), start_(start) {}

void Progress::update(std::size_t done, std::size_t total, Clock::time_point now) {
  if (!enabled_ || now - start_ < kDelay) return;
  std::lock_guard lock(mutex_);
  if (width_ > 0 && now - lastDrawn_ < kInterval && done < total) return;
  const std::string line =
      "careerlint: checked " + std::to_string(done) + " of " + std::to_string(total) + " files";
  // Pad over a longer line drawn before (there is none, as counts only grow, but cheap to be sure).
  out_ << '\r' << line << std::string(width_ > line.size() ? width_ - line.size() : 0, ' ')
       << std::flush;
  width_ = line.size();
  lastDrawn_ = now;
}

void Progress::finish() {
  std::lock_guard lock(mutex_);
  if (width_ == 0) return;
  out_ << '\r' << std::string(width_, ' ') << '\r' << std::flush;
  width_ = 0;
}

}  // namespace careerlint::cli
