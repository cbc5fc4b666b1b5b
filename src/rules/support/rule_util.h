#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "careerlint/document.h"
#include "careerlint/finding.h"
#include "careerlint/rule.h"

// Small helpers shared by editorial rules.
namespace careerlint::rules {

// Calls `visit` for every string scalar under `node` with its JSON pointer, in document order.
// `skip` names top-level keys not to descend into (e.g. "page", "unplaced").
void forEachString(const Node* node,
                   const std::function<void(const Node&, const std::string& pointer)>& visit,
                   std::initializer_list<std::string_view> skip = {"page", "unplaced",
                                                                   "schema_version"});

// The prose of a career: description, tasks, inside_look paragraphs, the AI rationale (career
// model and the site's records), each with its pointer.
void forEachProse(const Node* root,
                  const std::function<void(const Node&, const std::string& pointer)>& visit);

// True when the node's text sits verbatim in the source at its span (raw pages, plain and
// single-line scalars): then parts of it map to exact columns and can be edited in place.
bool isVerbatim(const SourceFile& file, const Node& node);

// The span of `part` (a view into node.text()) — exact when the node is verbatim, else the node's.
Span spanWithin(const SourceFile& file, const Node& node, std::string_view part);

// An edit replacing `part` (a view into node.text()) in the source; nullopt when the node is not
// verbatim (a quoted or folded YAML scalar), where an in-place edit would not be safe.
std::optional<TextEdit> editWithin(const SourceFile& file, const Node& node, std::string_view part,
                                   std::string replacement);

// Why editWithin gives no edit for `part`, for the finding to say (e.g. "the text runs across a
// line break or an escape in the file"); "" when it gives one.
std::string editRefusal(const SourceFile& file, const Node& node, std::string_view part,
                        std::string_view replacement);

// "inside_look.content[2]" from "/inside_look/content/2": how messages name a place.
std::string dottedPath(std::string_view pointer);

}  // namespace careerlint::rules
