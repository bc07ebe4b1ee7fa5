// The ingest driver: expands paths (folders recursively, in byte order of
// their paths), picks a reader for each file or archive member by its magic
// bytes and name, opens zip / tar / gzip / bzip2 / xz archives in memory with
// libarchive (nested up to a depth), and finalises every article: id,
// language, metadata found in the text, and the empty-text check. Keeps the
// books: records = articles + errors + skipped.
#include <archive.h>
#include <archive_entry.h>
#include <xxhash.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <future>
#include <thread>
#include <memory>
#include <unordered_set>

#include "util/strings.h"
#include "ingest/encoding.h"
#include "ingest/html.h"
#include "ingest/readers.h"
#include "ingest/text_meta.h"
#include "sada/ingest.h"
#include "sada/text.h"
#include "text/utf8.h"

namespace sada {
namespace internal {

bool HtmlToArticle(std::string_view html_utf8, std::string_view url, Article* a) {
  HtmlDoc h = ExtractHtml(html_utf8, url);
  if (CountCodePoints(h.text) == 0) return false;
  a->title = h.title;
  a->title_from = h.title_from;
  a->text = std::move(h.text);
  a->url = !url.empty() ? std::string(url) : h.canonical_url;
  a->author = h.author;
  if (!h.site.empty()) {
    a->source = h.site;
    a->source_from = h.site_from;
  }
  if (!h.published.empty()) {
    a->published = h.published;
    a->published_from = h.published_from;
    a->published_precision = h.precision;
  }
  if (!h.lang.empty()) a->language = h.lang.substr(0, h.lang.find_first_of("-_"));
  return true;
}

}  // namespace internal

namespace {

using internal::AsciiLower;
using internal::DecodedText;
using internal::Emitter;

bool EndsWith(const std::string& s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

std::string Hex64(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

enum class Kind { kArchive, kWarc, kJson, kFeed, kHtml, kText };

// libarchive's error string, which may be NULL.
std::string ArchiveError(archive* a) {
  const char* e = archive_error_string(a);
  return e ? e : "unknown error";
}

bool IsArchiveMagic(std::string_view b) {
  auto starts = [&](std::string_view m) { return b.size() >= m.size() && b.substr(0, m.size()) == m; };
  if (starts("PK\x03\x04") || starts(std::string_view("PK\x05\x06", 4)) || starts("\x1f\x8b") ||
      starts("BZh") || starts(std::string_view("\xfd" "7zXZ\x00", 6)) ||
      starts("\x28\xb5\x2f\xfd") || starts("7z\xbc\xaf\x27\x1c"))
    return true;
  return b.size() > 262 && b.substr(257, 5) == "ustar";
}

Kind Classify(const std::string& name, std::string_view bytes) {
  std::string n = AsciiLower(name);
  if (IsArchiveMagic(bytes)) return Kind::kArchive;
  if (EndsWith(n, ".warc") || bytes.substr(0, 7) == "WARC/1.") return Kind::kWarc;
  if (EndsWith(n, ".json") || EndsWith(n, ".jsonl") || EndsWith(n, ".ndjson")) return Kind::kJson;
  if (EndsWith(n, ".rss") || EndsWith(n, ".atom")) return Kind::kFeed;
  if (EndsWith(n, ".html") || EndsWith(n, ".htm") || EndsWith(n, ".xhtml")) return Kind::kHtml;
  std::string head = AsciiLower(bytes.substr(0, 1024));
  size_t first = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
  if (EndsWith(n, ".xml") || (first != std::string::npos && head[first] == '<')) {
    if (head.find("<rss") != std::string::npos || head.find("<feed") != std::string::npos ||
        head.find("<rdf:rdf") != std::string::npos)
      return Kind::kFeed;
    if (head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos ||
        head.find("<body") != std::string::npos || head.find("<head") != std::string::npos)
      return Kind::kHtml;
  }
  if (first != std::string::npos && (head[first] == '{' || head[first] == '[') &&
      !EndsWith(n, ".txt"))
    return Kind::kJson;
  return Kind::kText;
}

// A stream of bytes read in order: a file or standard input, an archive's
// member, gzip data inflated from another source, or memory.
class Source {
 public:
  virtual ~Source() = default;
  // Up to `n` bytes into `p`; 0 at the end, or on a failure (then failed()).
  virtual size_t Read(char* p, size_t n) = 0;
  bool failed() const { return !failure_.empty(); }
  // The diagnostic of the failure, with the bytes given before it.
  const std::string& failure() const { return failure_; }
  int64_t produced() const { return produced_; }

 protected:
  std::string failure_;
  int64_t produced_ = 0;
};

class StreamSource : public Source {
 public:
  explicit StreamSource(std::istream& in) : in_(in) {}
  size_t Read(char* p, size_t n) override {
    if (!in_) return 0;
    in_.read(p, static_cast<std::streamsize>(n));
    size_t got = static_cast<size_t>(in_.gcount());
    produced_ += static_cast<int64_t>(got);
    if (in_.bad()) failure_ = "read error after " + std::to_string(produced_) + " bytes";
    return got;
  }

 private:
  std::istream& in_;
};

class MemorySource : public Source {
 public:
  explicit MemorySource(std::string_view bytes) : rest_(bytes) {}
  size_t Read(char* p, size_t n) override {
    n = std::min(n, rest_.size());
    std::memcpy(p, rest_.data(), n);
    rest_.remove_prefix(n);
    produced_ += static_cast<int64_t>(n);
    return n;
  }

 private:
  std::string_view rest_;
};

// The member libarchive is at.
class ArchiveSource : public Source {
 public:
  explicit ArchiveSource(archive* ar) : ar_(ar) {}
  size_t Read(char* p, size_t n) override {
    while (!failed()) {
      la_ssize_t got = archive_read_data(ar_, p, n);
      if (got == ARCHIVE_WARN) continue;
      if (got < 0) {
        failure_ = "truncated or damaged member (" + ArchiveError(ar_) + "); read " + std::to_string(produced_) +
                   " bytes before the damage";
        break;
      }
      produced_ += got;
      return static_cast<size_t>(got);
    }
    return 0;
  }

 private:
  archive* ar_;
};

// gzip (RFC 1952) inflated from another source, possibly several members
// back to back as in WARC.gz. `read` holds the compressed bytes already taken
// from `in`. A truncated or damaged stream is a failure after what came
// before the damage.
class GzipSource : public Source {
 public:
  GzipSource(Source* in, std::string_view read) : in_(in), pending_(read.begin(), read.end()) {
    inflateInit2(&zs_, 15 + 16);
    zs_.next_in = reinterpret_cast<Bytef*>(pending_.data());
    zs_.avail_in = static_cast<uInt>(pending_.size());
  }
  ~GzipSource() override { inflateEnd(&zs_); }
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  size_t Read(char* p, size_t n) override {
    if (done_ || failed()) return 0;
    zs_.next_out = reinterpret_cast<Bytef*>(p);
    zs_.avail_out = static_cast<uInt>(std::min<size_t>(n, uInt{1} << 30));
    const uInt room = zs_.avail_out;
    std::string why;
    while (zs_.avail_out == room) {  // until something comes out
      if (zs_.avail_in == 0 && !in_done_) Refill();
      int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        if (zs_.avail_in == 0 && !in_done_) Refill();
        if (zs_.avail_in == 0) {
          done_ = true;
          break;
        }
        inflateReset(&zs_);  // the next member
        continue;
      }
      if (rc == Z_BUF_ERROR && zs_.avail_in == 0 && in_done_) {
        why = in_->failed() ? in_->failure() : "truncated gzip data";
        break;
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        why = std::string("damaged gzip data") + (zs_.msg ? std::string(": ") + zs_.msg : "");
        break;
      }
    }
    size_t got = room - zs_.avail_out;
    produced_ += static_cast<int64_t>(got);
    if (!why.empty()) failure_ = why + "; read " + std::to_string(produced_) + " bytes before the damage";
    // What came out before the damage is given now; the next call gives 0.
    return got;
  }

 private:
  void Refill() {
    pending_.resize(1 << 18);
    size_t got = in_->Read(pending_.data(), pending_.size());
    if (got == 0) in_done_ = true;
    zs_.next_in = reinterpret_cast<Bytef*>(pending_.data());
    zs_.avail_in = static_cast<uInt>(got);
  }

  Source* in_;
  std::vector<char> pending_;
  z_stream zs_{};
  bool in_done_ = false, done_ = false;
};

// What libarchive reads an archive from when it is not in memory: its first
// bytes, then its source.
struct ArchiveInput {
  Source* src;
  std::string_view head;
  std::vector<char> buf;
  static la_ssize_t Read(archive*, void* data, const void** out) {
    auto* in = static_cast<ArchiveInput*>(data);
    if (!in->head.empty()) {
      *out = in->head.data();
      la_ssize_t n = static_cast<la_ssize_t>(in->head.size());
      in->head = {};
      return n;
    }
    in->buf.resize(1 << 20);
    *out = in->buf.data();
    return static_cast<la_ssize_t>(in->src->Read(in->buf.data(), in->buf.size()));
  }
};

// A zip or 7z archive is read from memory (its directory is at its end,
// and tells more surely where each member is) when it fits; tar, cpio and
// single compressed files (bzip2, xz, zstd) as they come.
bool ReadWholeArchive(std::string_view head) {
  return head.substr(0, 2) == "PK" || head.substr(0, 6) == std::string_view("7z\xbc\xaf\x27\x1c", 6);
}

// The name of a gzipped file's content: its name less ".gz" (".tgz" is a ".tar").
std::string GunzippedName(const std::string& name) {
  std::string inner = name.substr(name.find_last_of("/!") + 1);
  for (const char* ext : {".gz", ".tgz", ".gzip"}) {
    if (EndsWith(AsciiLower(inner), ext)) {
      return inner.substr(0, inner.size() - std::strlen(ext)) + (std::string(ext) == ".tgz" ? ".tar" : "");
    }
  }
  return inner;
}

class Driver : public Emitter {
 public:
  Driver(const IngestOptions& o, IngestSink* sink, IngestStats* stats)
      : options_(o), sink_(sink), stats_(stats) {
    threads_ = o.threads > 0 ? o.threads : static_cast<int>(std::thread::hardware_concurrency());
    batch_.reserve(kBatch);
  }
  ~Driver() { Drain(); }

  const IngestOptions& options() const override { return options_; }

  // Readers call these in input order. Items are batched; a batch is
  // finalised (language, metadata from the text) by worker tasks while the
  // reader goes on, and emitted in order. Batch boundaries depend only on
  // counts, so the output is the same whatever the number of threads.
  void Diagnose(const Origin& o, Severity s, std::string reason) override {
    Item it;
    it.is_article = false;
    it.diagnostic = Diagnostic{s, o, std::move(reason)};
    Push(std::move(it));
  }

  void EmitArticle(Article&& a) override {
    Item it;
    it.is_article = true;
    it.article = std::move(a);
    Push(std::move(it));
  }

  void EmitPage(std::string&& html, std::string charset, Article&& a) override {
    Item it;
    it.is_article = true;
    it.article = std::move(a);
    it.page = true;
    it.html = std::move(html);
    it.charset = std::move(charset);
    Push(std::move(it));
  }

  // Emits everything still queued. Call at the end.
  void Drain() {
    for (auto& f : pending_) EmitBatch(f.get());
    pending_.clear();
    if (!batch_.empty()) {
      std::vector<Item> b = std::move(batch_);
      batch_.clear();
      FinalizeBatch(&b, options_);
      EmitBatch(std::move(b));
    }
  }

  // `bytes` has kPadding readable bytes after it (simdjson parses in place).
  void Dispatch(const std::string& name, std::string_view bytes, const Origin& o, int depth) {
    Kind kind = Classify(name, bytes);
    if (kind != Kind::kArchive) stats_->bytes += static_cast<int64_t>(bytes.size());
    switch (kind) {
      case Kind::kArchive:  // (gzip never comes here: ReadSource inflates it as it reads)
        ReadArchive(name, bytes, o, depth);
        break;
      case Kind::kWarc:
        internal::ReadWarc(bytes, o, this);
        break;
      case Kind::kJson:
        internal::ReadJson(bytes, o, this, /*padded=*/true);
        break;
      case Kind::kFeed:
        internal::ReadFeed(bytes, o, this);
        break;
      case Kind::kHtml: {
        Article a;
        a.origin = o;
        EmitPage(std::string(bytes), "", std::move(a));
        break;
      }
      case Kind::kText: {
        if (bytes.empty()) {
          Diagnose(o, Severity::kError, "empty file");
          return;
        }
        DecodedText dec = internal::DecodeBytes(bytes, "");
        if (dec.binary) {
          Diagnose(o, Severity::kError, "binary data, not text");
          return;
        }
        Article a;
        a.text = std::move(dec.text);
        a.encoding = dec.encoding;
        a.invalid_bytes = dec.invalid;
        a.origin = o;
        EmitArticle(std::move(a));
        break;
      }
    }
  }

  // An archive: `bytes` is all of it, or (with `rest`) its first bytes, the
  // rest to be read from `rest` as libarchive asks for it.
  void ReadArchive(const std::string& name, std::string_view bytes, const Origin& o, int depth,
                   Source* rest = nullptr) {
    if (depth >= options_.max_archive_depth) {
      Diagnose(o, Severity::kError, "archive nested too deep (limit " +
                                        std::to_string(options_.max_archive_depth) + ")");
      return;
    }
    std::unique_ptr<archive, int (*)(archive*)> ar(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(ar.get());
    // Container formats only: libarchive's own WARC, mtree and raw-text
    // readers would take over inputs that sada reads itself.
    archive_read_support_format_zip(ar.get());
    archive_read_support_format_tar(ar.get());
    archive_read_support_format_7zip(ar.get());
    archive_read_support_format_cpio(ar.get());
    archive_read_support_format_raw(ar.get());
    ArchiveInput input{rest, bytes, {}};
    int opened = rest == nullptr ? archive_read_open_memory(ar.get(), bytes.data(), bytes.size())
                                 : archive_read_open(ar.get(), &input, nullptr, &ArchiveInput::Read, nullptr);
    if (opened != ARCHIVE_OK) {
      Diagnose(o, Severity::kError,
               "cannot open archive: " + ArchiveError(ar.get()));
      return;
    }
    archive_entry* entry;
    int64_t members = 0;
    int retries = 0;  // in a row
    constexpr int kMaxRetries = 1 << 20;
    while (true) {
      int rc = archive_read_next_header(ar.get(), &entry);
      if (rc == ARCHIVE_EOF) break;
      if (rc == ARCHIVE_RETRY && ++retries <= kMaxRetries) {
        // A member's header that does not read: one record lost, reported
        // once however many blocks libarchive then tries before it finds
        // the next header.
        if (retries == 1) {
          Origin eo = o;
          eo.record = members++;
          Diagnose(eo, Severity::kError, "archive member header is damaged: " + ArchiveError(ar.get()) +
                                             "; skipped to the next member");
        }
        continue;
      }
      if (rc < ARCHIVE_WARN || rc == ARCHIVE_RETRY) {
        Origin eo = o;
        eo.record = members;
        Diagnose(eo, Severity::kError,
                 "archive is damaged or truncated: " + ArchiveError(ar.get()) +
                     "; members after this point are lost");
        return;
      }
      retries = 0;
      if (archive_entry_filetype(entry) == AE_IFDIR) continue;
      bool raw = archive_format(ar.get()) == ARCHIVE_FORMAT_RAW;
      std::string member;
      if (raw) {
        // A lone compressed file: name it after the outer file less ".gz" etc.
        std::string base = name.substr(name.find_last_of("/!") + 1);
        size_t dot = base.find_last_of('.');
        member = dot == std::string::npos ? base : base.substr(0, dot);
      } else {
        const char* p = archive_entry_pathname_utf8(entry);
        if (p == nullptr) p = archive_entry_pathname(entry);
        member = p ? p : "";
      }
      ++members;
      Origin mo = o;
      mo.member = o.member.empty() ? member : o.member + "!" + member;
      int64_t size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
      ArchiveSource src(ar.get());
      ReadSource(member, &src, mo, depth + 1, size);
      if (src.failed()) return;  // members after a damaged one cannot be reached
      if (sink_) sink_->OnProgress(done_bytes_ + archive_filter_bytes(ar.get(), -1), total_bytes_);
    }
  }

  // `path` "-" is standard input, read to its end (kind from its content).
  void ReadPath(const std::string& path) {
    std::error_code ec;
    const bool stdin_path = path == "-";
    std::ifstream file;
    if (!stdin_path) file.open(path, std::ios::binary);
    std::istream& in = stdin_path ? std::cin : file;
    Origin o;
    o.file = stdin_path ? "<stdin>" : path;
    ++stats_->files;
    if (!in) {
      Diagnose(o, Severity::kError, "cannot read file");
      ++unreadable_;
      return;
    }
    uintmax_t size = 0;
    if (stdin_path) {
      ec = std::make_error_code(std::errc::not_supported);  // size unknown
    } else {
      size = std::filesystem::file_size(path, ec);
    }
    StreamSource src(in);
    file_source_ = &src;
    ReadSource(o.file, &src, o, 0, ec ? -1 : static_cast<int64_t>(size));
    file_source_ = nullptr;
    if (src.failed()) ++unreadable_;
    done_bytes_ += static_cast<int64_t>(ec ? 0 : size);  // standard input is not in the total
    sink_->OnProgress(done_bytes_, total_bytes_);
  }

  // Reads an input from its source: JSON Lines and WARC a piece at a time
  // (`piece_bytes`), so that their size is not bounded by memory; gzip
  // inflated as it is read, and tar, cpio, bzip2, xz, zstd (and a zip over
  // the limit) as libarchive reads them; any other kind whole, up to
  // `max_record_bytes`.
  // The kind is told from the name and the first bytes (64 KiB, or a piece
  // where pieces are smaller, and at least 2 KiB). A failure of the source (a
  // read error, damaged compressed data) is reported after what could be
  // read before it.
  void ReadSource(const std::string& name, Source* src, const Origin& o, int depth, int64_t size) {
    if (buffers_.size() <= static_cast<size_t>(depth)) buffers_.resize(depth + 1);
    Buffer& buf = buffers_[depth];
    bool end = false;
    // (what Classify looks at, and no more than a piece where pieces are smaller)
    const size_t head_bytes = static_cast<size_t>(std::clamp<int64_t>(options_.piece_bytes, 2048, 1 << 16));
    size_t len = Fill(src, &buf, 0, head_bytes, &end);
    std::string_view head(buf.p.get(), len);
    if (head.size() >= 2 && head[0] == '\x1f' && head[1] == '\x8b') {
      if (depth >= options_.max_archive_depth) {
        Diagnose(o, Severity::kError, "archive nested too deep");
        return;
      }
      GzipSource gz(src, head);
      ReadSource(GunzippedName(name), &gz, o, depth + 1, -1);
      return;
    }
    const Kind kind = Classify(name, head);
    const size_t first = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    const bool array = kind == Kind::kJson && first != std::string_view::npos && head[first] == '[';
    const bool whole_archive = kind == Kind::kArchive && ReadWholeArchive(head) && size <= options_.max_record_bytes;
    // An array larger than a piece is read element by element; a smaller one
    // is parsed whole. (`head` may point to freed memory after this Fill: it
    // is read again only for archives.)
    if (array && !end) len = Fill(src, &buf, len, Piece(), &end);
    if (kind == Kind::kWarc) {
      StreamWarc(src, &buf, len, end, o);
    } else if (kind == Kind::kJson && !array) {
      StreamJsonLines(src, &buf, len, end, o);
    } else if (array && !end) {
      StreamJsonArray(src, &buf, len, end, o);
    } else if (kind == Kind::kArchive && !whole_archive) {
      // (a zip too large to hold is read as it comes, by its members' own headers)
      ReadArchive(name, head, o, depth, src);
      if (src->failed()) Diagnose(o, Severity::kError, src->failure());
    } else {
      const char* what = depth == 0 ? "file" : "member";
      if (size > options_.max_record_bytes) {
        Diagnose(o, Severity::kError, std::string(what) + " larger than the limit (" + std::to_string(size) + " bytes)");
        return;
      }
      // Read to the end whatever the size said, so that a file that grew,
      // or one with no size (a pipe), is read whole.
      while (!end) {
        if (static_cast<int64_t>(len) > options_.max_record_bytes) {
          Diagnose(o, Severity::kError,
                   std::string(what) + " larger than the limit (more than " + std::to_string(len) + " bytes)");
          return;
        }
        // (one byte past the size, so that the read that finds the end needs no more room)
        len = Fill(src, &buf, len, std::max<size_t>(len + (1 << 16), size >= 0 ? static_cast<size_t>(size) + 1 : 0), &end);
      }
      if (src->failed()) Diagnose(o, Severity::kError, src->failure());
      if (len == 0 && src->failed()) return;
      if (depth == 0) file_source_ = nullptr;  // read: what is left is the reader's
      Dispatch(name, std::string_view(buf.p.get(), len), o, depth);
      return;
    }
  }

  void set_total_bytes(int64_t t) { total_bytes_ = t; }
  int64_t unreadable() const { return unreadable_; }

 private:
  struct Item {
    bool is_article = true;
    Article article;
    Diagnostic diagnostic;
    std::string drop_reason;  // set by Finalize when the article has no text
    // A page still to be read into `article` (by Finalize, on a worker): its
    // bytes and the charset its headers declared.
    bool page = false;
    std::string html, charset;
  };
  // A growable byte buffer that is not zero-filled.
  struct Buffer {
    std::unique_ptr<char[]> p;
    size_t cap = 0;
    // Room for at least `n` bytes, keeping the first `keep`.
    void Reserve(size_t n, size_t keep) {
      if (n <= cap) return;
      size_t c = std::max(n, cap + cap / 2);
      std::unique_ptr<char[]> q(new char[c]);
      if (keep) std::memcpy(q.get(), p.get(), keep);
      p = std::move(q);
      cap = c;
    }
  };
  // The buffer of each nesting depth (0: the file), kept from input to
  // input: neither zero-filled nor faulted in anew for each (four 825 MB
  // JSON Lines files went through `sada dedup` in 34.5-37.9 s instead of
  // 41-48 s when each file had a buffer of its own). A deque: a reader of
  // one depth holds its buffer while a member of the next depth adds one.
  std::deque<Buffer> buffers_;
  const Source* file_source_ = nullptr;  // the file being read, for progress

  // Reads from `src` into `buf` after its first `len` bytes until it holds
  // `want` bytes or the source ends (*end is then set). Returns the length.
  static size_t Fill(Source* src, Buffer* buf, size_t len, size_t want, bool* end) {
    buf->Reserve(want + kPadding, len);
    while (len < want) {
      size_t n = src->Read(buf->p.get() + len, want - len);
      if (n == 0) {
        *end = true;
        break;
      }
      len += n;
    }
    std::memset(buf->p.get() + len, 0, kPadding);
    return len;
  }

  // Drops the first `n` of `len` bytes of `buf`.
  static size_t Consume(Buffer* buf, size_t len, size_t n) {
    std::memmove(buf->p.get(), buf->p.get() + n, len - n);
    return len - n;
  }

  void PieceRead() {
    if (file_source_ != nullptr) sink_->OnProgress(done_bytes_ + file_source_->produced(), total_bytes_);
  }

  // JSON Lines, a piece at a time, each piece ending after a line's newline;
  // the first `len` bytes are in `buf`.
  void StreamJsonLines(Source* src, Buffer* buf, size_t len, bool end, const Origin& o) {
    const size_t piece = Piece();
    int64_t lines = 0;
    size_t want = piece;
    size_t searched = 0;  // bytes at the front already known to hold no newline
    for (;;) {
      if (!end && len < want) len = Fill(src, buf, len, want, &end);
      size_t cut = len;
      if (!end) {
        const void* nl = memrchr(buf->p.get() + searched, '\n', len - searched);
        searched = nl == nullptr ? len : 0;
        if (nl == nullptr && static_cast<int64_t>(len) > options_.max_record_bytes) {
          Origin lo = o;
          lo.line = lines + 1;
          Diagnose(lo, Severity::kError, "JSON line larger than the limit (more than " + std::to_string(len) +
                                             " bytes); skipped");
          stats_->bytes += static_cast<int64_t>(len);
          len = SkipLine(src, buf, &end);
          searched = 0;
          ++lines;
          want = piece;
          continue;
        }
        if (nl == nullptr) {  // a line longer than the piece
          want = len + piece;
          continue;
        }
        cut = static_cast<size_t>(static_cast<const char*>(nl) - buf->p.get()) + 1;
      }
      stats_->bytes += static_cast<int64_t>(cut);
      lines += internal::ReadJsonLines(std::string_view(buf->p.get(), cut), o, this, lines);
      len = Consume(buf, len, cut);
      want = piece;
      PieceRead();
      if (end && len == 0) break;
    }
    if (src->failed()) Diagnose(o, Severity::kError, src->failure());
  }

  // Reads on to the end of the line being read; keeps what follows its
  // newline in `buf` and returns its length.
  size_t SkipLine(Source* src, Buffer* buf, bool* end) {
    const size_t piece = Piece();
    while (!*end) {
      size_t len = Fill(src, buf, 0, piece, end);
      const void* nl = std::memchr(buf->p.get(), '\n', len);
      size_t cut = nl == nullptr ? len : static_cast<size_t>(static_cast<const char*>(nl) - buf->p.get()) + 1;
      stats_->bytes += static_cast<int64_t>(cut);
      if (nl != nullptr) return Consume(buf, len, cut);
    }
    return 0;
  }

  // The loop the piecewise readers of JSON arrays and WARC share: hold at
  // least `want` bytes (or all that is left), let read(held, end) take the
  // whole items at the front and say how many bytes they were, count and
  // drop those; then next(used, &len, &end) says how much to hold next, or 0
  // to stop (it may diagnose, or read on from the source itself).
  template <typename Read, typename Next>
  void StreamPieces(Source* src, Buffer* buf, size_t len, bool end, const Origin& o, Read&& read, Next&& next) {
    size_t want = Piece();
    for (;;) {
      if (!end && len < want) len = Fill(src, buf, len, want, &end);
      size_t used = read(std::string_view(buf->p.get(), len), end);
      stats_->bytes += static_cast<int64_t>(used);
      len = Consume(buf, len, used);
      PieceRead();
      if (end) break;
      want = next(used, &len, &end);
      if (want == 0) break;
    }
    if (src->failed()) Diagnose(o, Severity::kError, src->failure());
  }
  size_t Piece() const { return static_cast<size_t>(std::max<int64_t>(options_.piece_bytes, 1)); }

  // A JSON array, a piece at a time; an element is read once it is whole in
  // the buffer.
  void StreamJsonArray(Source* src, Buffer* buf, size_t len, bool end, const Origin& o) {
    internal::ArrayState state;
    StreamPieces(
        src, buf, len, end, o,
        [&](std::string_view held, bool at_end) { return internal::ReadArrayElements(held, o, at_end, &state, this); },
        [&](size_t used, size_t* held, bool*) -> size_t {
          if (used == 0 && static_cast<int64_t>(*held) > options_.max_record_bytes) {
            Origin ro = o;
            ro.record = state.index;
            Diagnose(ro, Severity::kError, "JSON array element larger than the limit (more than " +
                                               std::to_string(*held) + " bytes); the rest of the file is not read");
            return 0;
          }
          return used == 0 ? *held + Piece() : Piece();  // an element longer than what is held: more
        });
  }

  // WARC, a piece at a time; a record is read once it is whole in the buffer.
  void StreamWarc(Source* src, Buffer* buf, size_t len, bool end, const Origin& o) {
    internal::WarcState state;
    StreamPieces(
        src, buf, len, end, o,
        [&](std::string_view held, bool at_end) {
          state.wanted = 0;
          return internal::ReadWarcRecords(held, o, at_end, &state, this);
        },
        [&](size_t used, size_t* held, bool* at_end) -> size_t {
          const size_t piece = Piece();
          if (state.wanted > options_.max_record_bytes) {  // skipped by its length
            Origin ro = o;
            ro.record = state.index++;
            Diagnose(ro, Severity::kError, "WARC record larger than the limit (" + std::to_string(state.wanted) +
                                               " bytes at byte " + std::to_string(state.offset) + "); skipped");
            int64_t left = state.wanted - static_cast<int64_t>(*held);
            stats_->bytes += static_cast<int64_t>(*held);
            *held = 0;
            while (left > 0 && !*at_end) {
              size_t n = Fill(src, buf, 0, static_cast<size_t>(std::min<int64_t>(left, static_cast<int64_t>(piece))),
                              at_end);
              left -= static_cast<int64_t>(n);
              stats_->bytes += static_cast<int64_t>(n);
            }
            state.offset += state.wanted;
            return piece;
          }
          if (state.wanted == 0 && used == 0 && static_cast<int64_t>(*held) > options_.max_record_bytes) {
            Origin ro = o;
            ro.record = state.index;
            Diagnose(ro, Severity::kError, "WARC record header larger than the limit (more than " +
                                               std::to_string(*held) + " bytes at byte " +
                                               std::to_string(state.offset) + "); the rest of the file is not read");
            return 0;
          }
          // The record at the front needs more: its whole length, or (its
          // header unfinished) another piece.
          return state.wanted > 0 ? std::max(piece, static_cast<size_t>(state.wanted))
                                  : used == 0 ? *held + piece
                                              : piece;
        });
  }
  static constexpr size_t kBatch = 256;
  static constexpr size_t kPadding = 64;  // >= SIMDJSON_PADDING

  void Push(Item&& it) {
    batch_.push_back(std::move(it));
    if (batch_.size() < kBatch) return;
    std::vector<Item> b = std::move(batch_);
    batch_ = std::vector<Item>();
    batch_.reserve(kBatch);
    if (threads_ <= 1) {
      FinalizeBatch(&b, options_);
      EmitBatch(std::move(b));
      return;
    }
    // Up to `threads_` batches are finalised at once (pages of a crawl are
    // parsed there), and emitted in order.
    if (pending_.size() >= static_cast<size_t>(threads_)) {
      EmitBatch(pending_.front().get());
      pending_.pop_front();
    }
    pending_.push_back(std::async(std::launch::async, [b = std::move(b), this]() mutable {
      FinalizeBatch(&b, options_);
      return std::move(b);
    }));
  }

  // Pure per-article work: safe on any thread.
  static void Finalize(Item* it, const IngestOptions& options) {
    if (!it->is_article) return;
    Article& a = it->article;
    if (it->page && !ReadPage(it)) return;
    if (a.invalid_bytes == 0) a.invalid_bytes = RepairUtf8(&a.text);
    for (std::string* f : {&a.title, &a.source, &a.author, &a.url, &a.id}) RepairUtf8(f);
    // Empty-text check on code points that are not white space.
    int64_t chars = 0;
    for (unsigned char c : a.text) {
      if ((c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\r' && c != '\t') ++chars;
      if (chars >= options.min_text_chars) break;
    }
    if (chars < options.min_text_chars) {
      it->drop_reason = a.text.empty() ? "record has no text"
                        : chars == 0   ? "record text is only white space"
                                       : "record text is shorter than the minimum";
      return;
    }
    if (a.language.empty()) a.language = DetectLanguage(a.text);
    internal::FillFromText(&a);
  }

  // The article of a page: its text, title and the rest of what the page
  // says; the URL it was fetched from is in the article already.
  static bool ReadPage(Item* it) {
    Article& a = it->article;
    std::string html = std::move(it->html);
    it->page = false;
    DecodedText dec = internal::DecodeBytes(
        html, it->charset.empty() ? internal::SniffDeclaredCharset(html) : it->charset);
    std::string uri = a.url;
    if (!internal::HtmlToArticle(dec.text, uri, &a)) {
      it->drop_reason = uri.empty() ? "HTML with no article text" : "HTML with no article text (" + uri + ")";
      return false;
    }
    a.encoding = dec.encoding;
    a.invalid_bytes = dec.invalid;
    return true;
  }

  static void FinalizeBatch(std::vector<Item>* b, const IngestOptions& options) {
    for (Item& it : *b) Finalize(&it, options);
  }

  // In order, on the calling thread: ids, counts, the sink.
  void EmitBatch(std::vector<Item>&& b) {
    for (Item& it : b) {
      if (!it.is_article) {
        Count(it.diagnostic.severity);
        sink_->OnDiagnostic(std::move(it.diagnostic));
        continue;
      }
      Article& a = it.article;
      if (!it.drop_reason.empty()) {
        Count(Severity::kError);
        sink_->OnDiagnostic(Diagnostic{Severity::kError, a.origin, std::move(it.drop_reason)});
        continue;
      }
      if (a.invalid_bytes > 0) {
        Count(Severity::kWarning);
        sink_->OnDiagnostic(Diagnostic{Severity::kWarning, a.origin,
                                       std::to_string(a.invalid_bytes) + " invalid bytes replaced by U+FFFD"});
      }
      AssignId(&a);
      ++stats_->records;
      ++stats_->articles;
      sink_->OnArticle(std::move(a));
    }
  }

  void Count(Severity s) {
    if (s == Severity::kError) {
      ++stats_->errors;
      ++stats_->records;
    } else if (s == Severity::kSkipped) {
      ++stats_->skipped;
      ++stats_->records;
    } else {
      ++stats_->warnings;
    }
  }

  void AssignId(Article* a) {
    std::string id;
    if (!a->id.empty()) {
      id = a->id;
    } else if (!a->url.empty()) {
      id = Hex64(XXH3_64bits_withSeed(a->url.data(), a->url.size(), 1));
    } else {
      XXH3_state_t* st = XXH3_createState();
      XXH3_64bits_reset_withSeed(st, 2);
      XXH3_64bits_update(st, a->title.data(), a->title.size());
      XXH3_64bits_update(st, "\n", 1);
      XXH3_64bits_update(st, a->text.data(), a->text.size());
      id = Hex64(XXH3_64bits_digest(st));
      XXH3_freeState(st);
    }
    if (!seen_ids_.insert(id).second) {
      // The same id twice (a re-crawled URL, a file copied twice): keep both
      // articles, the later one under a derived id.
      std::string base = id;
      for (int k = 2; !seen_ids_.insert(id = base + "~" + std::to_string(k)).second; ++k) {
      }
      Count(Severity::kWarning);
      sink_->OnDiagnostic(Diagnostic{Severity::kWarning, a->origin,
                                     "id " + base + " already used; this article is " + id});
    }
    a->id = std::move(id);
  }

  const IngestOptions& options_;
  IngestSink* sink_;
  IngestStats* stats_;
  int threads_ = 1;
  std::vector<Item> batch_;
  std::deque<std::future<std::vector<Item>>> pending_;
  std::unordered_set<std::string> seen_ids_;
  int64_t total_bytes_ = 0, done_bytes_ = 0, unreadable_ = 0;
};

}  // namespace

Status Ingest(const std::vector<std::string>& paths, const IngestOptions& options,
              IngestSink* sink, IngestStats* stats) {
  if (paths.empty()) return Status::InvalidArgument("no input paths");
  namespace fs = std::filesystem;
  Driver d(options, sink, stats);
  // Expand folders first so that progress knows the total.
  std::vector<std::string> files;
  std::vector<std::string> missing;
  for (const auto& p : paths) {
    if (p == "-") {
      files.push_back(p);  // standard input
      continue;
    }
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      missing.push_back(p);
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;  // hidden files and folders (.git, .DS_Store)
        }
        if (it->is_regular_file()) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(p);
    }
  }
  int64_t total = 0;
  for (const auto& f : files) {
    std::error_code ec;
    auto s = fs::file_size(f, ec);
    if (!ec) total += static_cast<int64_t>(s);
  }
  d.set_total_bytes(total);
  for (const auto& m : missing) {
    Origin o;
    o.file = m;
    d.Diagnose(o, Severity::kError, "no such file or folder");
  }
  for (const auto& f : files) d.ReadPath(f);
  d.Drain();
  stats->unreadable_paths = static_cast<int64_t>(missing.size()) + d.unreadable();
  return Status::Ok();
}

void IngestBuffer(const std::string& name, const std::string& bytes, const IngestOptions& options,
                  IngestSink* sink, IngestStats* stats) {
  Driver d(options, sink, stats);
  Origin o;
  o.file = name;
  MemorySource src(bytes);
  d.ReadSource(name, &src, o, 0, static_cast<int64_t>(bytes.size()));
  d.Drain();
}

}  // namespace sada
