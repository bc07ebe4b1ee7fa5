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

  // Emits everything still queued. Call at the end.
  void Drain() {
    if (pending_.valid()) EmitBatch(pending_.get());
    if (!batch_.empty()) {
      std::vector<Item> b = std::move(batch_);
      batch_.clear();
      FinalizeBatch(&b, options_);
      EmitBatch(std::move(b));
    }
  }

  // `padded`: the caller's buffer has kPadding readable bytes after `bytes`.
  void Dispatch(const std::string& name, std::string_view bytes, const Origin& o, int depth,
                bool padded = true) {
    Kind kind = Classify(name, bytes);
    if (kind != Kind::kArchive) stats_->bytes += static_cast<int64_t>(bytes.size());
    switch (kind) {
      case Kind::kArchive:
        if (bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b') {
          ReadGzip(name, bytes, o, depth);
        } else {
          ReadArchive(name, bytes, o, depth);
        }
        break;
      case Kind::kWarc:
        internal::ReadWarc(bytes, o, this);
        break;
      case Kind::kJson:
        internal::ReadJson(bytes, o, this, padded);
        break;
      case Kind::kFeed:
        internal::ReadFeed(bytes, o, this);
        break;
      case Kind::kHtml: {
        DecodedText dec = internal::DecodeBytes(bytes, internal::SniffDeclaredCharset(bytes));
        Article a;
        if (!internal::HtmlToArticle(dec.text, "", &a)) {
          Diagnose(o, Severity::kError, "HTML with no article text");
          return;
        }
        a.encoding = dec.encoding;
        a.invalid_bytes = dec.invalid;
        a.origin = o;
        EmitArticle(std::move(a));
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

  // gzip (RFC 1952), possibly several members back to back as in WARC.gz.
  // A truncated or damaged stream is reported and what came before the damage
  // is still read.
  void ReadGzip(const std::string& name, std::string_view bytes, const Origin& o, int depth) {
    if (depth >= options_.max_archive_depth) {
      Diagnose(o, Severity::kError, "archive nested too deep");
      return;
    }
    std::string out;
    std::string err;
    z_stream zs{};
    inflateInit2(&zs, 15 + 16);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    zs.avail_in = static_cast<uInt>(bytes.size());
    std::vector<char> buf(1 << 18);
    while (true) {
      zs.next_out = reinterpret_cast<Bytef*>(buf.data());
      zs.avail_out = static_cast<uInt>(buf.size());
      int rc = inflate(&zs, Z_NO_FLUSH);
      out.append(buf.data(), buf.size() - zs.avail_out);
      if (static_cast<int64_t>(out.size()) > options_.max_record_bytes) {
        err = "decompressed data larger than the limit";
        break;
      }
      if (rc == Z_STREAM_END) {
        if (zs.avail_in == 0) break;
        inflateReset(&zs);  // next member
        continue;
      }
      if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
        err = "truncated gzip data";
        break;
      }
      if (rc != Z_OK) {
        err = std::string("damaged gzip data") + (zs.msg ? std::string(": ") + zs.msg : "");
        break;
      }
    }
    inflateEnd(&zs);
    std::string base = name.substr(name.find_last_of("/!") + 1);
    std::string inner = base;
    for (const char* ext : {".gz", ".tgz", ".gzip"}) {
      if (EndsWith(AsciiLower(inner), ext)) {
        inner = inner.substr(0, inner.size() - std::strlen(ext)) + (std::string(ext) == ".tgz" ? ".tar" : "");
        break;
      }
    }
    if (!err.empty()) {
      Diagnose(o, Severity::kError,
               err + "; read " + std::to_string(out.size()) + " bytes before the damage");
    }
    out.reserve(out.size() + kPadding);
    if (!out.empty()) Dispatch(inner, out, o, depth + 1);
  }

  void ReadArchive(const std::string& name, std::string_view bytes, const Origin& o, int depth) {
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
    if (archive_read_open_memory(ar.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
      Diagnose(o, Severity::kError,
               "cannot open archive: " + ArchiveError(ar.get()));
      return;
    }
    archive_entry* entry;
    int64_t members = 0;
    while (true) {
      int rc = archive_read_next_header(ar.get(), &entry);
      if (rc == ARCHIVE_EOF) break;
      if (rc < ARCHIVE_WARN) {
        Origin eo = o;
        eo.record = members;
        Diagnose(eo, Severity::kError,
                 "archive is damaged or truncated: " + ArchiveError(ar.get()) +
                     "; members after this point are lost");
        return;
      }
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
      if (size > options_.max_record_bytes) {
        Diagnose(mo, Severity::kError, "member larger than the limit (" + std::to_string(size) + " bytes)");
        continue;
      }
      // Read straight into a buffer with room for simdjson's padding, so
      // that the JSON reader need not copy it again. The buffer of each
      // nesting depth is kept for the next member: neither zero-filled nor
      // faulted in anew for every member.
      if (member_buffers_.size() <= static_cast<size_t>(depth)) member_buffers_.resize(depth + 1);
      Buffer& buf = member_buffers_[depth];
      buf.Reserve(static_cast<size_t>(std::max<int64_t>(size, 0)) + kPadding, 0);
      bool failed = false;
      std::string err;
      size_t len = 0;
      while (true) {
        if (len + kPadding >= buf.cap) buf.Reserve(len + kPadding + (1 << 16), len);  // more than announced
        la_ssize_t n = archive_read_data(ar.get(), buf.p.get() + len, buf.cap - kPadding - len);
        if (n == 0) break;
        if (n < 0) {
          if (n == ARCHIVE_WARN) continue;
          failed = true;
          err = ArchiveError(ar.get());
          break;
        }
        len += static_cast<size_t>(n);
        if (static_cast<int64_t>(len) > options_.max_record_bytes) {
          failed = true;
          err = "member larger than the limit";
          break;
        }
      }
      std::memset(buf.p.get() + len, 0, kPadding);
      std::string_view data(buf.p.get(), len);
      if (failed) {
        // Keep what could be read: complete records before the damage are
        // still articles; the damage itself is reported.
        Diagnose(mo, Severity::kError,
                 "truncated or damaged member (" + err + "); read " + std::to_string(data.size()) +
                     " bytes before the damage");
        if (!data.empty()) Dispatch(member, data, mo, depth + 1);
        return;
      }
      Dispatch(member, data, mo, depth + 1);
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
    if (!ec && static_cast<int64_t>(size) > options_.max_record_bytes) {
      Diagnose(o, Severity::kError, "file larger than the limit (" + std::to_string(size) + " bytes)");
      return;
    }
    // Into a buffer that is not zero-filled and is kept from file to file, so
    // the next file lands in pages already mapped: four 825 MB JSON Lines
    // files went through `sada dedup` in 34.5-37.9 s instead of 41-48 s.
    // Read to the end whatever the size said, so a file that grew, or one
    // with no size (a pipe), is read whole.
    Buffer& buf = file_buffer_;
    size_t len = 0;
    buf.Reserve((ec ? 0 : static_cast<size_t>(size)) + kPadding + 1, 0);
    for (;;) {
      if (len + kPadding + 1 > buf.cap) buf.Reserve(len + kPadding + 1 + (1 << 16), len);
      in.read(buf.p.get() + len, static_cast<std::streamsize>(buf.cap - kPadding - len));
      len += static_cast<size_t>(in.gcount());
      if (!in) break;
      if (static_cast<int64_t>(len) > options_.max_record_bytes) {
        Diagnose(o, Severity::kError, "file larger than the limit (more than " + std::to_string(len) + " bytes)");
        return;
      }
    }
    if (in.bad()) {
      Diagnose(o, Severity::kError, "read error after " + std::to_string(len) + " bytes");
      ++unreadable_;
      return;
    }
    std::memset(buf.p.get() + len, 0, kPadding);
    std::string_view data(buf.p.get(), len);
    Dispatch(o.file, data, o, 0);
    done_bytes_ += static_cast<int64_t>(ec ? 0 : size);  // standard input is not in the total
    sink_->OnProgress(done_bytes_, total_bytes_);
  }

  void set_total_bytes(int64_t t) { total_bytes_ = t; }
  int64_t unreadable() const { return unreadable_; }

 private:
  struct Item {
    bool is_article = true;
    Article article;
    Diagnostic diagnostic;
    std::string drop_reason;  // set by Finalize when the article has no text
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
  std::vector<Buffer> member_buffers_;  // by archive depth
  Buffer file_buffer_;                   // the file being read, at depth 0
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
    if (pending_.valid()) EmitBatch(pending_.get());
    pending_ = std::async(std::launch::async, [b = std::move(b), this]() mutable {
      FinalizeBatch(&b, options_);
      return std::move(b);
    });
  }

  // Pure per-article work: safe on any thread.
  static void Finalize(Item* it, const IngestOptions& options) {
    if (!it->is_article) return;
    Article& a = it->article;
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
  std::future<std::vector<Item>> pending_;
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
  d.Dispatch(name, bytes, o, 0, /*padded=*/false);
  d.Drain();
}

}  // namespace sada
