// Reads an event log through EventLogReader and RunLogBuilder and prints how fast:
//   bench_readers FILE [--timezone ZONE] [--timestamp-format PATTERN] [--split-min BYTES]
//                 [--part-bytes BYTES]
// (--split-min -1 reads an XES log on one thread, see ReaderOptions::splitMinBytes.)
// Events per second, wall time, and peak resident memory (getrusage).
//   bench_readers FILE.xes --tokens
// times the bare tokenizers over a plain XES file instead, one thread each: QXmlStreamReader's
// readNext() and XmlScanner's, with nothing done with the tokens.
#include "runs/eventlogreader.h"
#include "runs/runlogbuilder.h"
#include "runs/xmlscanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QXmlStreamReader>

#include <sys/resource.h>

#include <cstdio>

using namespace Stepwise;

// The bare tokenizers over a file: how many tags (or tokens) each reads and how long it takes.
int timeTokenizers(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QXmlStreamReader xml(&file);
    xml.setNamespaceProcessing(false);
    qint64 tokens = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        ++tokens;
    }
    std::printf("QXmlStreamReader  %.3f s, %lld tokens%s\n", double(timer.elapsed()) / 1000.0,
                static_cast<long long>(tokens), xml.hasError() ? " (error)" : "");

    file.seek(0);
    timer.restart();
    XmlScanner scanner(&file);
    qint64 tags = 0;
    XmlScanner::Token token;
    while ((token = scanner.readNext()) == XmlScanner::Token::StartElement
           || token == XmlScanner::Token::EndElement)
        ++tags;
    std::printf("XmlScanner        %.3f s, %lld tags%s\n", double(timer.elapsed()) / 1000.0,
                static_cast<long long>(tags), scanner.failed() ? " (stopped)" : "");
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: bench_readers FILE [--timezone ZONE] "
                     "[--timestamp-format PATTERN] [--split-min BYTES] [--part-bytes BYTES]\n");
        return 1;
    }
    if (args.size() == 3 && args.at(2) == QLatin1String("--tokens"))
        return timeTokenizers(args.at(1));
    ReaderOptions options;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--timezone"))
            options.timeZone = QTimeZone(args.at(i + 1).toUtf8());
        else if (args.at(i) == QLatin1String("--timestamp-format"))
            options.timestampPattern = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--split-min"))
            options.splitMinBytes = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--part-bytes"))
            options.splitPartBytes = args.at(i + 1).toLongLong();
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    auto reader = EventLogReader::open(args.at(1), options, &error);
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    RunLogBuilder builder;
    RawEvent event;
    while (reader->next(event))
        builder.add(event);
    if (reader->hasError()) {
        std::fprintf(stderr, "%s\n", qPrintable(reader->errorString()));
        return 2;
    }
    const qint64 readMs = timer.elapsed();
    const RunLog log = builder.finish();
    const qint64 totalMs = timer.elapsed();

    qint64 executions = 0;
    for (const Run &run : log.runs)
        executions += run.executions.size();
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double seconds = double(totalMs) / 1000.0;
    std::printf("file          %s (%.1f MB)\n", qPrintable(args.at(1)),
                double(reader->totalBytes()) / 1e6);
    std::printf("runs          %lld\n", static_cast<long long>(log.runs.size()));
    std::printf("events        %lld\n", static_cast<long long>(builder.events()));
    std::printf("executions    %lld\n", static_cast<long long>(executions));
    std::printf("activities    %lld, resources %lld\n",
                static_cast<long long>(log.activities.size()),
                static_cast<long long>(log.resources.size()));
    std::printf("wall time     %.3f s (reading %.3f s, sorting %.3f s)\n", seconds,
                double(readMs) / 1000.0, double(totalMs - readMs) / 1000.0);
    std::printf("throughput    %.0f events/s, %.1f MB/s\n",
                double(builder.events()) / qMax(seconds, 1e-9),
                double(reader->totalBytes()) / 1e6 / qMax(seconds, 1e-9));
    const auto cpu = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    std::printf("CPU time      %.3f s (user %.3f s, system %.3f s)\n",
                cpu(usage.ru_utime) + cpu(usage.ru_stime), cpu(usage.ru_utime),
                cpu(usage.ru_stime));
    std::printf("peak RSS      %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
