// Each statement below splices a value into SQL; .ci/check-sql must name every one.
void concatenatedQuote(Database &db, const QString &name)
{
    db.execute(QStringLiteral("DELETE FROM contacts WHERE family_name = '") + name +
               QStringLiteral("'"));
}

void concatenatedAcrossLines(Database &db, qint64 id)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT family_name FROM contacts "
                                            "WHERE id = ")
                             + idText);
}

void concatenatedThroughAVariable(const QString &email)
{
    const QString sql = QStringLiteral("SELECT id FROM contacts WHERE email LIKE ") % email;
}

void placeholderForAValue(Database &db, const QString &name)
{
    db.prepare(QStringLiteral("UPDATE contacts SET notes = '%1' WHERE id = ?").arg(name));
}

void placeholderInAnInList(Database &db, const QString &ids)
{
    db.prepare(QStringLiteral("SELECT * FROM contacts WHERE id IN (%1)").arg(ids));
}

void numberSpliced(Database &db, int limit)
{
    const QString sql = QStringLiteral("SELECT * FROM contacts LIMIT ") +
                        QString::number(limit);
}
