#pragma once

#include <QMainWindow>

/** The jobs browser window: job table, detail pane, actions. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
