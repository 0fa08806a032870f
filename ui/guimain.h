#pragma once

#include "appsession.h"

/**
 * Creates the QApplication, shows the main window and runs the event loop. `demoStarter` starts
 * the demo service (--demo, "Try with demo data"); the program's main() hands it in.
 */
int runGui(int argc, char *argv[], const AppSession::DemoStarter &demoStarter);
