// Status and Result<T>: errors as values inside the library.
//
// A Status is either OK or carries a code and a human-readable message that names
// what failed (file, member, record) and why. Result<T> holds either a T or a
// non-OK Status. Neither throws; callers check ok() before using the value.
// Both are cheap to move and are safe to use from any thread (no shared state).
#ifndef SADA_STATUS_H_
#define SADA_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace sada {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something unusable (usage error)
  kNotFound,         // a path or key does not exist
  kIoError,          // the operating system refused a read or write
  kCorrupt,          // input data is malformed (bad JSON, truncated archive...)
  kUnsupported,      // a format or encoding sada cannot read
};

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) {
    return Status(StatusCode::kInvalidArgument, std::move(m));
  }
  static Status NotFound(std::string m) {
    return Status(StatusCode::kNotFound, std::move(m));
  }
  static Status IoError(std::string m) {
    return Status(StatusCode::kIoError, std::move(m));
  }
  static Status Corrupt(std::string m) {
    return Status(StatusCode::kCorrupt, std::move(m));
  }
  static Status Unsupported(std::string m) {
    return Status(StatusCode::kUnsupported, std::move(m));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or an error. Access value() only when ok().
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}     // NOLINT: must not be OK

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace sada

#endif  // SADA_STATUS_H_
