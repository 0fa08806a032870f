#pragma once

#include <QString>

/**
 * What this build is: versions, commit, licence, where secrets live. Shown by `--version` and the
 * About dialog, so a bug report carries everything needed to reproduce it. The values are fixed at
 * configure time (commit, QtKeychain version) or compile time (Qt version), except
 * qtRuntimeVersion(), which is what the running process actually loaded.
 */
namespace BuildInfo {

/** The project version, e.g. "0.1.0" (CMake project(VERSION)). */
QString applicationVersion();
/** The abbreviated git commit the build was configured from, or "unknown" outside a checkout. */
QString gitCommit();
/** The Qt version loaded at run time (qVersion()). */
QString qtRuntimeVersion();
/** The Qt version the binary was compiled against (QT_VERSION_STR). */
QString qtCompileVersion();
/** The QtKeychain version found at configure time, e.g. "0.13.2". */
QString keychainVersion();
/** The project's licence as an SPDX identifier. */
QString licenseSpdx();
/** The project's home page. */
QString homepageUrl();
/** Where to report bugs. */
QString issuesUrl();
/** Translated, human-readable name of the secret store QtKeychain uses on this OS. */
QString secretStoreDescription();

} // namespace BuildInfo

/**
 * The multi-line text printed by `backfill-browser --version`: first line
 * "backfill-browser VERSION (commit COMMIT)", then Qt, QtKeychain, secret store, licence and
 * home page, one per line.
 */
QString buildInfoText();
