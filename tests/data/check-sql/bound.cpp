// Fragments joined and values bound: .ci/check-sql must accept every statement here.
void fixedFragments(Database &db, const QString &where, const QString &name)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT %1 FROM contacts c WHERE %2 AND c.name = ?")
                                 .arg(kColumns, where));
    q.addBindValue(name);
}

void joinedLiterals(Database &db)
{
    QSqlQuery q = db.prepare(kSelect + QStringLiteral("WHERE s.id = ?"));
}

void pragmaNumber(Database &db, int version)
{
    db.execute(QStringLiteral("PRAGMA user_version = ") + QString::number(version));
}
