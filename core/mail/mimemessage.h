#pragma once

// An e-mail as the SMTP server receives it (RFC 5322 + MIME): headers with UTF-8 words encoded
// as RFC 2047 encoded-words, a UTF-8 text body and attachments, all in base64 with CRLF line
// ends. Building is pure: the date, the Message-ID and the boundary are given or derived, so a
// test can compare the bytes with hand-written ones.

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace recaisse::core::mail {

struct MailAttachment
{
    QString fileName;
    QByteArray contentType; // "text/csv", "application/vnd.openxmlformats-..."
    QByteArray data;
};

struct MailMessage
{
    QString from;
    QStringList to;
    QString subject;
    QString body; // plain text
    QList<MailAttachment> attachments;
    QDateTime date; // invalid: now
    QByteArray messageId; // without <>; empty: a random one at the sender's domain
    QByteArray boundary; // empty: a random one
};

// Addresses as the settings and the command line accept them: local@domain, no display name.
class MailAddress
{
    Q_DECLARE_TR_FUNCTIONS(MailAddress)

public:
    static bool isValid(const QString &address);
    // The error for an address that is not valid; what names it ("the sender") may be empty.
    static Error invalid(const QString &address);
    // "a@x.org, b@y.org" -> the list; an error naming the first invalid one.
    static Result<QStringList> parseList(const QString &text);
};

class MimeMessage
{
    Q_DECLARE_TR_FUNCTIONS(MimeMessage)

public:
    // A report attachment above this is refused (servers commonly refuse 10 to 25 MB messages,
    // and base64 adds a third).
    static constexpr qint64 defaultMaxAttachmentBytes = 10 * 1024 * 1024;

    // The whole message; refuses an invalid address, an empty recipient list, or an attachment
    // larger than maxAttachmentBytes.
    static Result<QByteArray> build(
        const MailMessage &message, qint64 maxAttachmentBytes = defaultMaxAttachmentBytes);

    // The header value of text: as is when it is printable ASCII, else RFC 2047 "B"
    // encoded-words of at most 75 characters, never splitting a UTF-8 sequence, folded with
    // CRLF + space.
    static QByteArray encodeHeaderText(const QString &text);
    // base64 in lines of 76 characters, each ended by CRLF.
    static QByteArray base64Lines(const QByteArray &data);
    // "Mon, 07 Dec 2026 04:20:00 +0000" (RFC 5322, English names whatever the locale).
    static QByteArray rfc5322Date(const QDateTime &date);
};

} // namespace recaisse::core::mail
