// Feeds arbitrary bytes to the WebDAV PROPFIND answer parser: whatever a server or a proxy sends,
// the parser returns entries or a one-line Protocol error, never crashes and never hangs. Built as
// a libFuzzer target with -DRECAISSE_LIBFUZZER=ON (clang), and otherwise as a deterministic driver
// that CTest runs on mutated seeds.

#include "core/sync/propfind.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

using namespace recaisse::core::sync;

namespace {

void check(bool condition, const char *what, const QByteArray &input)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_propfind: %s for input \"%s\"\n", what, input.left(300).constData());
    std::abort();
}

void parseOne(const QByteArray &bytes)
{
    auto entries = parseMultistatus(bytes, QStringLiteral("/dav/f%C3%A9/"));
    if (entries) {
        check(entries->size() <= maxListingEntries, "too many entries", bytes);
        for (const RemoteEntry &entry : *entries) {
            check(!entry.name.isEmpty(), "entry without a name", bytes);
            check(!entry.name.contains(QLatin1Char('/')), "name with a slash", bytes);
            check(entry.size >= -1, "negative size", bytes);
            check(!entry.isFolder || entry.size == -1, "folder with a size", bytes);
        }
    } else {
        check(entries.error().failure == Failure::Protocol, "error is not Protocol", bytes);
        check(!entries.error().message.isEmpty()
                && !entries.error().message.contains(QLatin1Char('\n')),
            "error is not one line", bytes);
    }
    (void)parseHttpDate(QString::fromUtf8(bytes.left(80)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    parseOne(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

#ifndef RECAISSE_LIBFUZZER
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 50'000;
    const QList<QByteArray> seeds = {
        R"(<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:"><D:response xmlns:lp1="DAV:"><D:href>/dav/f%c3%a9/</D:href><D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response><D:response xmlns:lp1="DAV:"><D:href>/dav/f%c3%a9/a%20b.gz</D:href><D:propstat><D:prop><lp1:resourcetype/><lp1:getcontentlength>1234</lp1:getcontentlength><lp1:getlastmodified>Sat, 21 Nov 2026 23:59:58 GMT</lp1:getlastmodified></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>)",
        R"(<multistatus xmlns="DAV:"><response><href>https://h.example/dav/f%C3%A9/x/</href><propstat><prop><resourcetype><collection/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat><propstat><prop><getcontentlength/></prop><status>HTTP/1.1 404 Not Found</status></propstat></response><response><href>y</href><status>HTTP/1.1 404 Not Found</status></response></multistatus>)",
        R"(<!DOCTYPE m [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><multistatus xmlns="DAV:"><response><href>&b;</href></response></multistatus>)",
        R"(<d:multistatus xmlns:d="DAV:"><d:response><d:href>../../..//./%2e%2e/%00</d:href><d:propstat><d:prop><d:getcontentlength>99999999999999999999</d:getcontentlength><d:getlastmodified>Sun Nov  6 08:49:37 1994</d:getlastmodified></d:prop></d:propstat></d:response></d:multistatus>)",
    };
    const QList<QByteArray> fragments = {"<", ">", "/", "</", "<D:response>", "</D:response>",
        "<D:href>", "</D:href>", "<D:collection/>", "xmlns:D=\"DAV:\"", "&amp;", "&#0;", "%", "%2F",
        "<![CDATA[", "]]>", "<?xml", "<!--", "-->", "HTTP/1.1 ", "\xc3", "\xff", "\"", "'"};
    QRandomGenerator rng(20261122);
    for (int i = 0; i < iterations; ++i) {
        QByteArray input = seeds.at(int(rng.bounded(int(seeds.size()))));
        const int mutations = 1 + int(rng.bounded(8));
        for (int m = 0; m < mutations; ++m) {
            const int at = input.isEmpty() ? 0 : int(rng.bounded(int(input.size())));
            switch (rng.bounded(5)) {
            case 0:
                input.insert(at, fragments.at(int(rng.bounded(int(fragments.size())))));
                break;
            case 1:
                input.remove(at, 1 + int(rng.bounded(16)));
                break;
            case 2:
                if (!input.isEmpty())
                    input[at] = char(rng.bounded(256));
                break;
            case 3:
                input.truncate(at);
                break;
            default:
                if (input.size() < 64 * 1024)
                    input.insert(at, input.mid(at, int(rng.bounded(64))));
                break;
            }
        }
        parseOne(input);
    }
    std::printf("fuzz_propfind: %d inputs, no crash and every invariant held\n", iterations);
    return 0;
}
#endif
