#pragma once

#include <QString>

#include <stdexcept>

namespace kizuna {

/// A failure of the database: it names the file (or the server) and says why, in words a user can
/// act on.
///
/// Storage code throws it; the CLI prints message() and the UI shows it. It never carries a
/// dialog or a widget: the layer above decides how to show it.
class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        Generic,
        NotADatabase, ///< the file is not SQLite, or is another program's SQLite file
        TooNew,       ///< written by a newer Kizuna whose schema this version does not know
        Corrupt,      ///< SQLite reports a malformed image
        ReadOnly,     ///< the file or its folder cannot be written
        Locked,       ///< another program held the database longer than the busy timeout
        DiskFull,
        NotFound, ///< a record asked for by id does not exist
        /// someone else changed the same fields of a record since it was read
        Conflict,
        Unreachable,    ///< the server does not answer at that address
        Authentication, ///< the server refused the user or the password
        Insecure,       ///< the secure connection asked for (sslmode) could not be made
        ConnectionLost, ///< the server went away in the middle of a statement
    };

    StorageError(Kind kind, const QString &file, const QString &reason);

    Kind kind() const { return m_kind; }
    QString file() const { return m_file; }
    QString reason() const { return m_reason; }
    /// "FILE: REASON", ready to print.
    QString message() const;

private:
    Kind m_kind;
    QString m_file;
    QString m_reason;
};

/// Input that breaks a rule of the domain (an e-mail without '@', an unknown stage): names the
/// field and the reason. Nothing was written when it is thrown.
class ValidationError : public std::runtime_error
{
public:
    ValidationError(const QString &field, const QString &reason);

    QString field() const { return m_field; }
    QString reason() const { return m_reason; }
    QString message() const;

private:
    QString m_field;
    QString m_reason;
};

} // namespace kizuna
