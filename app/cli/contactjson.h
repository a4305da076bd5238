#pragma once

#include "domain/contact.h"
#include "domain/source.h"
#include "domain/tag.h"

#include <QJsonObject>

namespace kizuna::cli {

/// The CLI's JSON for a contact: stable keys named as the schema's columns.
QJsonObject contactToJson(const Contact &contact);
QJsonObject sourceToJson(const Source &source);
QJsonObject tagToJson(const Tag &tag);

} // namespace kizuna::cli
