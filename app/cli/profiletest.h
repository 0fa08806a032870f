#pragma once

#include <QStringList>

/**
 * `profile test NAME [--sts-endpoint HOST|URL]`: signs in as the profile NAME (assuming its role,
 * and its source's, if it has any) and asks STS GetCallerIdentity who that is. Prints the account
 * id, the identity type, the ARN (an assumed role's names the role and the session) and when the
 * credentials expire. Returns the exit code (0 signed in, 1 refused or unreachable, 2 usage or
 * configuration) once the event loop has run the test.
 */
int runProfileTest(const QStringList &arguments);
