#include "mimemessage.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace recaisse::core::mail {

namespace {

constexpr char crlf[] = "\r\n";
// "=?UTF-8?B?" + 60 base64 characters + "?=" = 72, under RFC 2047's 75.
constexpr qsizetype encodedWordBytes = 45;

bool isPlainHeaderText(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    // "=?" would read as the start of an encoded-word.
    return !text.contains(QLatin1String("=?"));
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &b : raw)
        b = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

// The file name parameter: quoted when it is plain ASCII, RFC 2231 percent-encoded UTF-8
// otherwise (what mail programs decode into the original name).
QByteArray fileNameParameter(const char *name, const QString &fileName)
{
    bool plain = !fileName.isEmpty();
    for (const QChar c : fileName)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('"')
            || c == QLatin1Char('\\'))
            plain = false;
    if (plain)
        return QByteArray(name) + "=\"" + fileName.toLatin1() + '"';
    return QByteArray(name) + "*=UTF-8''"
        + fileName.toUtf8().toPercentEncoding(QByteArray(), QByteArray(), '%');
}

QByteArray toCrlf(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\n");
    bytes.replace('\n', crlf);
    return bytes;
}

} // namespace

bool MailAddress::isValid(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    if (address.size() > 254 || address.startsWith(QLatin1Char('.')))
        return false;
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at > 64 || address.left(at).endsWith(QLatin1Char('.'))
        || address.left(at).contains(QLatin1String("..")))
        return false;
    return pattern.match(address).hasMatch();
}

Error MailAddress::invalid(const QString &address)
{
    return Error{ErrorCode::InvalidInput,
        tr("\"%1\" is not a valid e-mail address (expected name@domain).").arg(address.left(100))};
}

Result<QStringList> MailAddress::parseList(const QString &text)
{
    QStringList addresses;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString address = part.trimmed();
        if (address.isEmpty())
            continue;
        if (!isValid(address))
            return invalid(address);
        if (!addresses.contains(address, Qt::CaseInsensitive))
            addresses << address;
    }
    if (addresses.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give at least one recipient's e-mail address.")};
    if (addresses.size() > 50)
        return Error{ErrorCode::InvalidInput, tr("At most 50 recipients.")};
    return addresses;
}

QByteArray MimeMessage::encodeHeaderText(const QString &text)
{
    if (isPlainHeaderText(text))
        return text.toLatin1();
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = qMin(start + encodedWordBytes, utf8.size());
        // Back off to the first byte of a sequence: a word never ends inside a character.
        while (end < utf8.size() && end > start && (uchar(utf8.at(end)) & 0xc0) == 0x80)
            --end;
        if (!out.isEmpty())
            out += "\r\n "; // folding; the space between two encoded-words is not displayed
        out += "=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=";
        start = end;
    }
    return out;
}

QByteArray MimeMessage::base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + crlf;
    return out;
}

QByteArray MimeMessage::rfc5322Date(const QDateTime &date)
{
    const QLocale c = QLocale::c();
    const int offset = date.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    const QByteArray zone = (offset < 0 ? "-" : "+")
        + QByteArray::number(minutes / 60).rightJustified(2, '0')
        + QByteArray::number(minutes % 60).rightJustified(2, '0');
    return c.toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1() + zone;
}

Result<QByteArray> MimeMessage::build(const MailMessage &message, qint64 maxAttachmentBytes)
{
    if (!MailAddress::isValid(message.from))
        return MailAddress::invalid(message.from);
    if (message.to.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The message has no recipient.")};
    for (const QString &to : message.to)
        if (!MailAddress::isValid(to))
            return MailAddress::invalid(to);
    for (const MailAttachment &attachment : message.attachments)
        if (attachment.data.size() > maxAttachmentBytes)
            return Error{ErrorCode::InvalidInput,
                tr("The attachment %1 is %2 KB, above the limit of %3 KB: the message is not "
                   "sent. Narrow the report's period or filters.")
                    .arg(attachment.fileName)
                    .arg((attachment.data.size() + 1023) / 1024)
                    .arg(maxAttachmentBytes / 1024)};

    const QDateTime date = message.date.isValid() ? message.date : QDateTime::currentDateTime();
    const QByteArray domain = message.from.section(QLatin1Char('@'), 1).toLatin1();
    const QByteArray messageId =
        message.messageId.isEmpty() ? randomHex(16) + '@' + domain : message.messageId;
    const QByteArray boundary =
        message.boundary.isEmpty() ? "=_recaisse_" + randomHex(12) : message.boundary;

    QByteArray out;
    out += "Date: " + rfc5322Date(date) + crlf;
    out += "From: " + message.from.toLatin1() + crlf;
    out += "To: " + message.to.join(QStringLiteral(", ")).toLatin1() + crlf;
    out += "Subject: " + encodeHeaderText(message.subject) + crlf;
    out += "Message-ID: <" + messageId + '>' + crlf;
    out += QByteArray("MIME-Version: 1.0") + crlf;

    const QByteArray textHeaders = QByteArray("Content-Type: text/plain; charset=UTF-8") + crlf
        + "Content-Transfer-Encoding: base64" + crlf;
    const QByteArray body = base64Lines(toCrlf(message.body));
    if (message.attachments.isEmpty()) {
        out += textHeaders + crlf + body;
        return out;
    }
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + '"' + crlf + crlf;
    out += "--" + boundary + crlf + textHeaders + crlf + body;
    for (const MailAttachment &attachment : message.attachments) {
        out += "--" + boundary + crlf;
        out += "Content-Type: " + attachment.contentType + "; "
            + fileNameParameter("name", attachment.fileName) + crlf;
        out += "Content-Disposition: attachment; "
            + fileNameParameter("filename", attachment.fileName) + crlf;
        out += QByteArray("Content-Transfer-Encoding: base64") + crlf + crlf;
        out += base64Lines(attachment.data);
    }
    out += "--" + boundary + "--" + crlf;
    return out;
}

} // namespace recaisse::core::mail
